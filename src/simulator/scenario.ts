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

/** How `GetPersonalCallbackList` is answered (SPEC §12). Every answer also lists what this desktop booked. */
export type CallbackListScenario =
  /** Only the callbacks this desktop booked since it started (none at first). */
  | 'booked'
  /** A callback for this customer's first number in the form's default window, and one of another customer. */
  | 'clash'
  /** Callbacks of other customers only: the widget shows none. */
  | 'others'
  /** Broken entries beside one good clashing callback: the widget drops the broken ones. */
  | 'malformed'
  /** A WS_Error: the desktop cannot list callbacks. */
  | 'error'
  /** No answer: after its modes timeout the widget says the callbacks could not be checked. */
  | 'silent';

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
  /** GetPersonalCallbackList. */
  callbackList: CallbackListScenario;
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
  callbackList: 'booked',
};

export const MAX_LATE_MS = 600_000;
