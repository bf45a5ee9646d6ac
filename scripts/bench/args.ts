// The command line of `npm run bench`.
import { BUDGETS } from './budgets';

export interface BenchArgs {
  bundleOnly: boolean;
  build: boolean;
  /** Measured loads per page for the timed load figures; the budgets' counts by default. */
  readyRuns: number;
  sendRuns: number;
  /** Loads per page made and dropped first (a cold Chromium and file cache). */
  warmup: number;
  /** The timed figures to run; all of them by default (the byte figure always runs). */
  only: readonly TimedFigure[] | null;
}

export const TIMED_FIGURES = ['ready', 'send', 'typing', 'flood'] as const;
export type TimedFigure = (typeof TIMED_FIGURES)[number];
const isTimedFigure = (name: string): name is TimedFigure => (TIMED_FIGURES as readonly string[]).includes(name);

export const USAGE = `usage: npm run bench -- [--bundle-only] [--runs=N] [--no-build] [--only=FIGURE,…]
  --bundle-only  the initial JavaScript figure only (bytes: stable, what CI checks)
  --runs=N       N measured loads per page for the ready-time and first-send figures
                 (default ${BUDGETS.readyTime.runs} and ${BUDGETS.firstSend.runs}, as SPEC §9 says; fewer only to try things out)
  --no-build     reuse bench/out from the previous run
  --only=…       only these timed figures (${TIMED_FIGURES.join(', ')}), to compare two builds quickly;
                 a run with --only never says every budget was met
env: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_APP_ROOT (bench another checkout of the app)`;

export type Parsed = { ok: true; args: BenchArgs } | { ok: false; exitCode: number; message: string };

export function parseArgs(argv: readonly string[]): Parsed {
  const args: BenchArgs = { bundleOnly: false, build: true, readyRuns: BUDGETS.readyTime.runs, sendRuns: BUDGETS.firstSend.runs, warmup: 1, only: null };
  for (const arg of argv) {
    const runs = /^--runs=(\d+)$/.exec(arg)?.[1];
    const only = /^--only=(.+)$/.exec(arg)?.[1]?.split(',');
    if (arg === '--bundle-only') args.bundleOnly = true;
    else if (arg === '--no-build') args.build = false;
    else if (runs !== undefined) args.readyRuns = args.sendRuns = Math.max(1, Number(runs));
    else if (only !== undefined) {
      const unknown = only.filter((name) => !isTimedFigure(name));
      if (unknown.length > 0) return { ok: false, exitCode: 2, message: `bench: unknown figure ${unknown.join(', ')}\n${USAGE}` };
      args.only = only.filter(isTimedFigure);
    }
    else if (arg === '--help' || arg === '-h') return { ok: false, exitCode: 0, message: USAGE };
    else return { ok: false, exitCode: 2, message: `bench: unknown argument ${arg}\n${USAGE}` };
  }
  return { ok: true, args };
}
