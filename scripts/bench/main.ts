// `npm run bench` (SPEC §9): builds the widget and a bare React 19 hello world
// (bench/hello) with the same Vite in the same run, serves both, drives Debian Chromium
// through Playwright, and prints each figure as a ratio to a baseline of the same run so
// machine noise cancels. Writes bench/results.json; exits 1 when a budget is missed.
// Usage: see args.ts (`npm run bench -- --help`). Timings never run in `npm test`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { parseArgs } from './args';
import type { BenchArgs, TimedFigure } from './args';
import { launchBrowser } from './browser';
import { buildBoth } from './build';
import { BUDGETS, CPU_THROTTLE } from './budgets';
import { checkFirstSend, checkFlood, checkInitialJs, checkReadyTime, checkTyping } from './checks';
import { errorMessage } from './figures/common';
import { measureFirstSend } from './figures/first-send';
import { measureFlood } from './figures/flood';
import { measureInitialJs } from './figures/initial-js';
import { measureReadyTime } from './figures/ready-time';
import { measureTyping } from './figures/typing';
import { errorLine } from './report';
import { serveDir } from './serve';
import type { Served } from './serve';
import type { BenchResults, Checked, PageKind } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const APP_ROOT = path.resolve(process.env.BENCH_APP_ROOT ?? ROOT);
const HELLO_ROOT = path.join(ROOT, 'bench/hello');
const OUT = path.join(ROOT, 'bench/out');
const RESULTS = path.join(ROOT, 'bench/results.json');

type FigureKey = keyof BenchResults['figures'];

/** Runs one figure; an exception is that figure's failure, not the run's. */
async function figure<T>(results: BenchResults, key: FigureKey, label: string, run: () => Promise<Checked<T>>): Promise<boolean> {
  try {
    const checked = await run();
    (results.figures as Record<FigureKey, Checked<unknown>>)[key] = checked;
    return checked.ok;
  } catch (error) {
    (results.figures as Record<FigureKey, Checked<unknown>>)[key] = { goal: 'see budgets', ok: false, error: errorMessage(error) };
    errorLine(label, errorMessage(error));
    return false;
  }
}

async function measureAll(browser: Browser, servers: Record<PageKind, Served>, args: BenchArgs, results: BenchResults): Promise<boolean> {
  const outDir = (kind: PageKind) => path.join(OUT, kind);
  let ok = true;
  // In --bundle-only mode the form need not be ready: the bytes are those of the load;
  // readiness is what the other figures (and e2e) check.
  let appReady = !args.bundleOnly;
  ok &&= await figure(results, 'initialJs', 'initial JS of / (gzip)', async () => {
    const hello = await measureInitialJs(browser, servers.hello, { label: 'hello', outDir: outDir('hello'), readyWhen: appReady ? 'hello' : null });
    let app;
    try {
      app = await measureInitialJs(browser, servers.app, { label: 'app', outDir: outDir('app'), readyWhen: appReady ? 'form' : null });
    } catch (error) {
      if (!appReady || !/did not become ready/.test(errorMessage(error))) throw error;
      appReady = false;
      console.log(`bench: ${errorMessage(error)}\nbench: counting initial JS without waiting for the form\n`);
      app = await measureInitialJs(browser, servers.app, { label: 'app', outDir: outDir('app'), readyWhen: null });
    }
    return checkInitialJs(app, hello);
  });
  if (args.bundleOnly) return ok;

  const timed = async <T>(figureName: TimedFigure, key: FigureKey, label: string, run: () => Promise<Checked<T>>) => {
    if (args.only && !args.only.includes(figureName)) return false;
    return figure(results, key, label, async () => {
      if (!appReady) throw new Error('skipped: the app never became ready (see above)');
      return run();
    });
  };
  const throttle = CPU_THROTTLE;
  const warmup = args.warmup;
  ok = (await timed('ready', 'readyTime', 'ready form', async () => checkReadyTime(await measureReadyTime(browser, servers, { runs: args.readyRuns, warmup, throttle }), args.readyRuns))) && ok;
  ok =
    (await timed('send', 'firstSend', 'first send', async () =>
      checkFirstSend(await measureFirstSend(browser, servers, { runs: args.sendRuns, warmup, throttle, comment: BUDGETS.firstSend.comment }), args.sendRuns),
    )) && ok;
  ok = (await timed('typing', 'typing', 'typing', async () => checkTyping(await measureTyping(browser, servers.app, { chars: BUDGETS.typing.chars, throttle })))) && ok;
  ok =
    (await timed('flood', 'flood', 'message flood', async () =>
      checkFlood(await measureFlood(browser, servers, { count: BUDGETS.flood.messages, spreadMs: BUDGETS.flood.withinMs, throttle })),
    )) && ok;
  return ok;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    (parsed.exitCode ? console.error : console.log)(parsed.message);
    return parsed.exitCode;
  }
  const { args } = parsed;
  process.chdir(APP_ROOT); // vite.config.ts reads .env files relative to the working directory
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: args.bundleOnly ? 'bundle-only' : 'full',
    appRoot: APP_ROOT,
    cpuThrottle: CPU_THROTTLE,
    budgets: BUDGETS,
    figures: {},
    ok: false,
  };
  const cleanup: (() => Promise<void>)[] = [];
  let ok = false;
  try {
    console.info(args.build ? `bench: building ${APP_ROOT} and the hello world…` : 'bench: reusing bench/out');
    const built = await buildBoth({
      appRoot: APP_ROOT,
      helloRoot: HELLO_ROOT,
      appOut: path.join(OUT, 'app'),
      helloOut: path.join(OUT, 'hello'),
      skipBuild: !args.build,
    });
    results.buildTarget = built.target;
    const app = await serveDir(path.join(OUT, 'app'), built.headers);
    cleanup.push(app.close);
    const hello = await serveDir(path.join(OUT, 'hello'), built.headers);
    cleanup.push(hello.close);
    const browser = await launchBrowser();
    cleanup.push(() => browser.close());
    results.chromium = browser.version();
    console.info(`bench: Chromium ${results.chromium}, widget at ${app.widget} in a host page at ${app.host}\n`);
    ok = await measureAll(browser, { app, hello }, args, results);
  } catch (error) {
    results.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`bench: ${results.error}`);
  } finally {
    for (const close of cleanup.reverse()) await close().catch(() => undefined);
  }
  results.ok = ok;
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${ok ? 'bench: all budgets met' : 'bench: budget missed or figure failed'} (details in bench/results.json)`);
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
