import type { HostBridge, TrafficEntry } from '../protocol/bridge';
import { closeOnUnload, createPostMessageBridge } from '../protocol/bridge';
import { canAskModes } from '../protocol/call-event';
import type { Canonical } from '../protocol/canonicalize';
import type { CallbackMode } from '../protocol/incoming';
import { callbackListData } from '../protocol/outgoing';
import type { Startup } from './startup';

/**
 * Modes are a convenience: after at most 5 s the agent types the mode ID instead of
 * waiting. A short `timeoutMs` (meant for the callback answer) still leaves a slow
 * desktop 3 s to offer its modes.
 */
const MODES_TIMEOUT_MIN_MS = 3_000;
const MODES_TIMEOUT_MAX_MS = 5_000;

export interface OpenedBridge {
  bridge: HostBridge;
  /** `GetCallBackModes` for the URL's call, asked at once; null without a call ID and LCM key. */
  modes: Promise<CallbackMode[]> | null;
  /**
   * Hands `take` the answer to `GetPersonalCallbackList` (SPEC §12) once it is asked: at
   * once if it already has been, never if it is not. It is asked for the URL's agent as
   * soon as the URL's call has its modes, while React's code may still be loading.
   */
  whenListAsked: (take: (answer: Promise<Canonical[]>) => void) => void;
}

/**
 * The bridge lives outside React, opened once by the page's first script: StrictMode's
 * double effects can never open a second listener, and the modes request (then the
 * list's) leaves while React's code is still loading, so the answers are usually there
 * when the form goes live.
 * With `?debug=1` the console logger loads first, so it sees every message; a debug
 * session can afford the wait, an agent's never pays it.
 */
export async function openBridge(win: Window, startup: Extract<Startup, { kind: 'embedded' }>): Promise<OpenedBridge> {
  const { config } = startup;
  // A logger that cannot be loaded costs the debug session its console lines, never the widget.
  const onTraffic: ((entry: TrafficEntry) => void) | undefined = config.debug
    ? await import('../protocol/debug-log').then(({ createTrafficLogger }) => createTrafficLogger(), () => undefined)
    : undefined;
  const bridge = createPostMessageBridge({
    self: win,
    host: win.parent,
    hostOrigin: startup.hostOrigin,
    envelope: { source: config.source, subscriberId: config.subscriberId, ownOrigin: win.location.origin },
    timeoutMs: config.timeoutMs,
    modesTimeoutMs: Math.min(Math.max(config.timeoutMs, MODES_TIMEOUT_MIN_MS), MODES_TIMEOUT_MAX_MS),
    onTraffic,
  });
  closeOnUnload(win, bridge);
  const call = config.context;
  const modes = call && canAskModes(call) ? bridge.loadModes({ callid: call.callid, AccountNumber: call.accountNumber }) : null;
  // Read by the form's query once React runs; a failure (silence) is the form's to show, never an unhandled rejection.
  modes?.catch(() => undefined);
  let list: Promise<Canonical[]> | null = null;
  const takers: ((answer: Promise<Canonical[]>) => void)[] = [];
  if (modes && call?.userId) {
    const userId = call.userId;
    modes.then(
      (found) => {
        // No modes, no numbers to match: the form lets the agent type a mode ID and asks nothing.
        if (found.length === 0) return;
        list = bridge.loadCallbackList(callbackListData(userId, config.time, new Date()));
        list.catch(() => undefined);
        for (const take of takers.splice(0)) take(list);
      },
      () => undefined,
    );
  }
  const whenListAsked = (take: (answer: Promise<Canonical[]>) => void) => {
    if (list) take(list);
    else takers.push(take);
  };
  return { bridge, modes, whenListAsked };
}
