/**
 * The performance budgets of SPEC §9, in one place: every check reads them from here,
 * `npm run bench` and the bundle-only check of CI alike. Each budget is a ratio against
 * a baseline measured in the same run (the bare React hello world, or a bare
 * <textarea> for typing), so the load of a shared machine cancels out.
 */

/** Chromium's CPU throttle for every timed figure ("4x CPU throttle"). */
export const CPU_THROTTLE = 4;

/** What the Long Tasks API calls long; a figure may have none over this. */
export const LONG_TASK_MS = 50;

export const BUDGETS = {
  /** All JavaScript `/` loads at start-up, gzip, vs the hello world's; lazy chunks excluded. */
  initialJs: { maxRatio: 1.6 },
  /** Navigation start → a visible, pre-filled form the agent can type in, vs the hello world's render. */
  readyTime: { maxRatio: 1.0, runs: 7 },
  /** Navigation start → SetCallbackWithComments at the host, the agent acting at once, vs the hello world's render. */
  firstSend: { maxRatio: 1.5, runs: 5, comment: 'Renewal' },
  /** Time per key typing into Comments vs a bare <textarea>, and no long task. */
  typing: { maxRatio: 1.5, chars: 500, maxLongTasks: 0 },
  /** Unrelated host messages within a second: no long task, and submit still works. */
  flood: { messages: 10_000, withinMs: 1_000, maxLongTasks: 0 },
} as const;

/** Unrounded, so a ratio printed as 1.60 can still have missed by a hair. */
export const withinRatio = (value: number, baseline: number, maxRatio: number): boolean => value / baseline <= maxRatio;

export const ratioGoal = (maxRatio: number): string => `≤ ${maxRatio.toFixed(2)}×`;
