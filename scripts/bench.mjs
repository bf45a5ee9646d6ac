#!/usr/bin/env node
// `npm run bench` (SPEC §9): builds the widget and a bare React 19 hello world
// (bench/hello) with the same Vite in the same run, serves both, drives Debian Chromium
// through Playwright, and prints each figure as a ratio to the hello world so machine
// noise cancels. Writes bench/results.json; exits 1 when a budget is missed.
//
//   node scripts/bench.mjs                all four figures
//   node scripts/bench.mjs --bundle-only  figure 1 only (initial JS bytes; stable, for CI)
//   options: --runs=N (ready-time loads per page, default 7), --no-build (reuse bench/out)
//   env: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_APP_ROOT (bench another app)
//
// Timings never run in `npm test`; only this script measures them.
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './bench-browser.mjs';
import { THROTTLE, measureFlood, measureInitialJs, measureReadyTime, measureTyping } from './bench-figures.mjs';
import { buildBoth, serveDir } from './bench-serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP_ROOT = path.resolve(process.env.BENCH_APP_ROOT ?? ROOT);
const HELLO_ROOT = path.join(ROOT, 'bench/hello');
const OUT = path.join(ROOT, 'bench/out');
const RESULTS = path.join(ROOT, 'bench/results.json');

const GOALS = { initialJsRatio: 1.55, readyTimeRatio: 1.25, typingLongTasks: 0, floodLongTasks: 0 };

function parseArgs(argv) {
  const args = { bundleOnly: false, build: true, runs: 7, warmup: 1 };
  for (const arg of argv) {
    if (arg === '--bundle-only') args.bundleOnly = true;
    else if (arg === '--no-build') args.build = false;
    else if (/^--runs=\d+$/.test(arg)) args.runs = Math.max(1, Number(arg.slice(7)));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench.mjs [--bundle-only] [--runs=N] [--no-build]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  return args;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const ratio = (a, b) => Math.round((a / b) * 1000) / 1000;
const verdict = (ok) => (ok ? 'OK' : 'MISSED');
const line = (label, figures, goal, ok) =>
  console.log(`${label.padEnd(34)}${figures.padEnd(54)}goal ${goal.padEnd(28)}${verdict(ok)}`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  process.chdir(APP_ROOT); // vite.config.ts reads .env files relative to the working directory
  const results = {
    date: new Date().toISOString(),
    mode: args.bundleOnly ? 'bundle-only' : 'full',
    cpuThrottle: THROTTLE,
    goals: GOALS,
    figures: {},
  };
  const cleanup = [];
  let failed = false;
  const fail = (key, error) => {
    failed = true;
    results.figures[key] = { ...results.figures[key], ok: false, error: error.message };
    console.log(`${key.padEnd(34)}ERROR: ${error.message}`);
  };

  try {
    console.info(args.build ? 'bench: building the app and the hello world…' : 'bench: reusing bench/out');
    const built = await buildBoth({
      appRoot: APP_ROOT,
      helloRoot: HELLO_ROOT,
      appOut: path.join(OUT, 'app'),
      helloOut: path.join(OUT, 'hello'),
      skipBuild: !args.build,
    });
    results.buildTarget = built.target;
    const servers = {
      app: await serveDir(path.join(OUT, 'app'), { headers: built.headers }),
      hello: await serveDir(path.join(OUT, 'hello'), { headers: built.headers }),
    };
    cleanup.push(() => servers.app.close(), () => servers.hello.close());
    const browser = await launchBrowser();
    cleanup.push(() => browser.close());
    results.chromium = browser.version();
    console.info(`bench: Chromium ${results.chromium}, widget at ${servers.app.widget} in a host page at ${servers.app.host}\n`);

    // 1. Initial JavaScript. In --bundle-only mode the form need not be ready: the
    // bytes are those of the load; readiness is what the other figures (and e2e) check.
    let appReady = !args.bundleOnly;
    try {
      const hello = await measureInitialJs(browser, servers.hello, { kind: 'hello', outDir: path.join(OUT, 'hello'), waitReady: !args.bundleOnly });
      let app;
      try {
        app = await measureInitialJs(browser, servers.app, { kind: 'app', outDir: path.join(OUT, 'app'), waitReady: !args.bundleOnly });
      } catch (error) {
        if (args.bundleOnly || !/did not become ready/.test(error.message)) throw error;
        appReady = false;
        console.log(`bench: ${error.message}\nbench: counting initial JS without waiting for the form\n`);
        app = await measureInitialJs(browser, servers.app, { kind: 'app', outDir: path.join(OUT, 'app'), waitReady: false });
      }
      const r = ratio(app.gzip, hello.gzip);
      const ok = app.gzip / hello.gzip <= GOALS.initialJsRatio; // unrounded
      results.figures.initialJs = { app, hello, ratio: r, goal: `<= ${GOALS.initialJsRatio}`, ok };
      if (!ok) failed = true;
      line('initial JS (gzip)', `app ${kB(app.gzip)} / hello ${kB(hello.gzip)} = ${r.toFixed(2)}×`, `≤ ${GOALS.initialJsRatio}×`, ok);
      if (app.loadedAtStartupButNotInIndexHtml.length) {
        console.log(`  note: / also loads ${app.loadedAtStartupButNotInIndexHtml.join(', ')} at start-up (counted)`);
      }
    } catch (error) {
      fail('initialJs', error);
    }

    if (!args.bundleOnly) {
      const skip = appReady ? null : new Error('skipped: the app never became ready (see above)');

      // 2. Ready time.
      try {
        if (skip) throw skip;
        const ready = await measureReadyTime(browser, servers, { runs: args.runs, warmup: args.warmup });
        const r = ratio(ready.app.medianMs, ready.hello.medianMs);
        const ok = ready.app.medianMs / ready.hello.medianMs <= GOALS.readyTimeRatio;
        results.figures.readyTime = { ...ready, ratio: r, goal: `<= ${GOALS.readyTimeRatio}`, ok };
        if (!ok) failed = true;
        line(
          `ready time (${THROTTLE}× CPU, median of ${args.runs})`,
          `app ${ms(ready.app.medianMs)} / hello ${ms(ready.hello.medianMs)} = ${r.toFixed(2)}×`,
          `≤ ${GOALS.readyTimeRatio}×`,
          ok,
        );
        console.log(
          `  info: React rendered into #root at app ${ms(ready.app.reactMountedMedianMs)} / hello ${ms(ready.hello.reactMountedMedianMs)} ` +
            `(the app's static shell is interactive before that; React takes over what it holds)`,
        );
        const inFrame = ratio(ready.app.inFrameMedianMs, ready.hello.inFrameMedianMs);
        results.figures.readyTime.inFrameRatio = inFrame;
        console.log(
          `  info: from the iframe's own navigation start: app ${ms(ready.app.inFrameMedianMs)} / hello ${ms(ready.hello.inFrameMedianMs)} = ${inFrame.toFixed(2)}×`,
        );
      } catch (error) {
        fail('readyTime', error);
      }

      // 3. Typing.
      try {
        if (skip) throw skip;
        const typing = await measureTyping(browser, servers);
        const ok = typing.longTasks.length <= GOALS.typingLongTasks;
        results.figures.typing = { ...typing, goal: 'no long task > 50 ms', ok };
        if (!ok) failed = true;
        line(
          `typing ${typing.chars} chars (${THROTTLE}× CPU)`,
          `long tasks > 50 ms: ${typing.longTasks.length}, median ${typing.medianMsPerKey.toFixed(1)} ms/key`,
          '0 long tasks',
          ok,
        );
        console.log(
          `  info: noise floor, bare <textarea> in the hello world: ${typing.baseline.longTasks.length} long tasks, median ${typing.baseline.medianMsPerKey.toFixed(1)} ms/key; CPU throttle measured ${typing.throttleFactor}×`,
        );
      } catch (error) {
        fail('typing', error);
      }

      // 4. Message flood.
      try {
        if (skip) throw skip;
        const flood = await measureFlood(browser, servers);
        const ok = flood.longTasks.length <= GOALS.floodLongTasks && flood.submitted && flood.submitMessagesSent === 1;
        results.figures.flood = { ...flood, goal: 'no long task > 50 ms; submit works', ok };
        if (!ok) failed = true;
        const submit = flood.submitted ? `submit OK (${flood.submitMessagesSent} sent)` : `submit FAILED${flood.submitError ? ` (${flood.submitError})` : ''}`;
        line(
          `message flood ${flood.count.toLocaleString('en')} (${THROTTLE}× CPU)`,
          `long tasks > 50 ms: ${flood.longTasks.length}, ${submit}`,
          '0 long tasks, submit works',
          ok,
        );
        console.log(
          `  info: posted in ${flood.postMs} ms, dispatched in ${flood.drainedMs} ms; noise floor (hello world): ${flood.baseline.longTasks.length} long tasks`,
        );
      } catch (error) {
        fail('flood', error);
      }
    }
  } catch (error) {
    failed = true;
    results.error = error.stack ?? String(error);
    console.error(`bench: ${error.stack ?? error}`);
  } finally {
    for (const close of cleanup.reverse()) await close().catch(() => {});
  }

  results.ok = !failed;
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${failed ? 'bench: budget missed or figure failed' : 'bench: all budgets met'} (details in bench/results.json)`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
