// What `npm run bench` measures and writes to bench/results.json. Raw numbers only in
// the figure types; ratios, goals and verdicts are added by the checks in main.ts.

/** The two kinds of page the bench loads in its host page's iframe. */
export type PageKind = 'app' | 'hello';

export interface ScriptFile {
  path: string;
  status: number;
  raw: number;
  gzip: number;
}

export interface InitialJs {
  gzip: number;
  raw: number;
  /** What index.html declares (entry and modulepreloads); `gzip` counts what was requested. */
  declaredGzip: number;
  loadedAtStartupButNotInIndexHtml: string[];
  files: ScriptFile[];
}

export interface ReadyRuns {
  medianMs: number;
  runsMs: number[];
  /** The first DOM mutation at which the condition held (no paint wait). */
  domReadyRunsMs: number[];
  /** From the iframe's own navigation start, without the host page's share. */
  inFrameMedianMs: number;
  inFrameRunsMs: number[];
  /** Navigation start → React's first render into #root (the app: the shell's takeover). */
  reactLiveMedianMs: number;
  reactLiveRunsMs: number[];
}

export interface ReadyTime {
  app: ReadyRuns;
  hello: ReadyRuns;
}

/** One load of `/` in which the agent types a comment and presses Schedule at once. */
export interface FirstSendRun {
  /** Navigation start → SetCallbackWithComments received by the host page. */
  sentMs: number;
  /** Navigation start → GetCallBackModes received by the host page. */
  modesAskedMs: number | null;
  /** Navigation start → the first frame painting Comments and Schedule, ready for input. */
  formShownMs: number;
  /** Navigation start → the frame handled the first key typed into Comments. */
  firstKeyMs: number | null;
  /** Navigation start → each click on Schedule the frame handled, and each form submit event. */
  scheduleClicksMs: number[];
  submitsMs: number[];
  /** Presses of Schedule until the message went out: more than 1 means the app dropped one. */
  presses: number;
  /** Clicks that landed beside the button because the form moved under the pointer. */
  missedButton: number;
  reactLiveMs: number | null;
}

export interface FirstSend {
  app: { medianMs: number; modesAskedMedianMs: number | null; formShownMedianMs: number; lostPresses: number; runs: FirstSendRun[] };
  hello: { medianMs: number; runsMs: number[] };
}

export interface LongTask {
  start: number;
  duration: number;
  name: string;
}

export interface Typing {
  chars: number;
  medianMsPerKey: number;
  meanMsPerKey: number;
  p95MsPerKey: number;
  maxMsPerKey: number;
  totalMs: number;
  longTasks: LongTask[];
  /** The host page's own long tasks, seen by the frame as "cross-origin-ancestor"; not counted. */
  hostLongTasks: LongTask[];
}

export interface TypingFigure {
  app: Typing;
  textarea: Typing;
  /** How much slower a fixed loop ran at the throttle than at 1×, in the widget's frame. */
  throttleFactor: number;
}

export interface FloodRun {
  count: number;
  postMs: number;
  drainedMs: number;
  longTasks: LongTask[];
  hostLongTasks: LongTask[];
}

export interface Flood extends FloodRun {
  submitted: boolean;
  submitMessagesSent: number;
  submitError?: string;
  baseline: FloodRun;
}

/** A figure as written to results.json: the raw figure, its verdict and the goal it was held to. */
export interface Checked<T> {
  result?: T;
  ratio?: number;
  goal: string;
  ok: boolean;
  error?: string;
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'bundle-only';
  appRoot: string;
  cpuThrottle: number;
  budgets: unknown;
  buildTarget?: unknown;
  chromium?: string;
  figures: {
    initialJs?: Checked<{ app: InitialJs; hello: InitialJs }>;
    readyTime?: Checked<ReadyTime>;
    firstSend?: Checked<FirstSend>;
    typing?: Checked<TypingFigure>;
    flood?: Checked<Flood>;
  };
  ok: boolean;
  error?: string;
}
