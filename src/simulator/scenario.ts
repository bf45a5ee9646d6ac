/**
 * How the simulated agent desktop answers: plain data, so /dev's panels, /demo's stories and
 * unit tests all describe a desktop the same way and one model (agent-desktop.ts) acts on it.
 */

/** How `GetCallBackModes` is answered. */
export type ModesScenario =
  /** `CallbackModes` with `modeList`. */
  | 'list'
  /** `CallbackModes` with an empty list: the agent types the mode ID. */
  | 'empty'
  /** No answer at all: the widget gives up after its modes timeout. */
  | 'silent';

/** How `SetCallbackWithComments` / `SetPersonalCallbackWithComments` is answered. */
export type ResultScenario =
  /** `success: true`. */
  | 'success'
  /** `success: false`, with `failureText` as the vendor's `msg` when set. */
  | 'failure'
  /** A `WS_Error` for the call: "Invalid Call ID.". */
  | 'ws-error'
  /** No answer. */
  | 'silent'
  /** Success, after `lateAfterMs`. */
  | 'late'
  /** The same success twice. */
  | 'twice'
  /** Broken JSON. */
  | 'malformed'
  /** Success for a different call ID. */
  | 'other-call'
  /** Success as a JSON string. */
  | 'json-string'
  /** Success wrapped in a packet, even when the widget did not use packets. */
  | 'packet';

/** One callback mode as the vendor sends it. */
export interface WireMode {
  ModeID: string;
  Description: string;
  Cvalue: string;
}

export interface Scenario {
  modes: ModesScenario;
  /** What `list` offers. */
  modeList: readonly WireMode[];
  /** Regular callbacks (SetCallbackWithComments). */
  schedule: ResultScenario;
  /** Personal callbacks (SetPersonalCallbackWithComments). */
  personal: ResultScenario;
  /** How long a well-behaved desktop takes to answer. */
  replyAfterMs: number;
  /** How long `late` waits (capped at 10 minutes). */
  lateAfterMs: number;
  /** The desktop's own text for `failure` (the vendor's `msg`); none when null. */
  failureText: string | null;
}

export const DEMO_MODES: readonly WireMode[] = [
  { ModeID: '1', Description: 'Home', Cvalue: '6591460012' },
  { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' },
  { ModeID: '4', Description: 'Work', Cvalue: '6531870500' },
];

/** Long enough to see, short enough not to wait. */
export const REPLY_AFTER_MS = 250;

export const DEFAULT_SCENARIO: Scenario = {
  modes: 'list',
  modeList: DEMO_MODES,
  schedule: 'success',
  personal: 'success',
  replyAfterMs: REPLY_AFTER_MS,
  lateAfterMs: 5_000,
  failureText: null,
};

export const MAX_LATE_MS = 600_000;
