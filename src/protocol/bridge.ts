import { BridgeError } from './bridge-error';
import type { Canonical } from './canonicalize';
import type { CallContext } from './call-event';
import type { CallbackMode, IncomingMessage } from './incoming';
import { normalizeIncoming } from './incoming';
import type { Envelope, GetCallbackListData, GetModesData, OutgoingMessage, SetCallbackData } from './outgoing';
import { buildMessage } from './outgoing';

/** How late a result may arrive after a timeout and still settle the callback (SPEC §6). */
export const LATE_ANSWER_WINDOW_MS = 5 * 60 * 1000;

export type LateOutcome = { success: true } | { success: false; message: string; details: string | null };

export type BridgeEvent =
  | { type: 'call'; context: CallContext }
  | { type: 'late-result'; callid: string; outcome: LateOutcome };

export type TrafficEntry =
  | { direction: 'out'; origin: string; message: OutgoingMessage }
  | { direction: 'in'; origin: string; data: unknown; message: IncomingMessage | null }
  | { direction: 'ignored'; origin: string; reason: 'source' | 'origin' };

/** What the form needs from a host. The postMessage bridge provides it, in /demo and unit tests too (wired to src/simulator). */
export interface HostBridge {
  /** Resolves when the host confirms; rejects with a BridgeError otherwise. One message per call id at a time. */
  scheduleCallback(data: SetCallbackData, personal: boolean): Promise<void>;
  loadModes(data: GetModesData): Promise<CallbackMode[]>;
  /** GetPersonalCallbackList: resolves with the answer's entries, unread (protocol/callback-list.ts reads them).
   * Waits as long as for modes; one list request at a time. */
  loadCallbackList(data: GetCallbackListData): Promise<Canonical[]>;
  /** A new listener first hears the newest call announced so far, if any. */
  subscribe(listener: (event: BridgeEvent) => void): () => void;
  /** A request for this call was sent at `sentAt` by an earlier load of the frame: its
   * answer may still arrive, and then settles it as a late result. */
  expectLateResult(callid: string, sentAt: number): void;
  destroy(): void;
  /** How long a callback request waits for its answer: what the form counts against. */
  readonly timeoutMs: number;
}

/** The smallest window-like surfaces the bridge touches, so tests can pass plain objects. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface PostMessageBridgeOptions {
  /** Where host messages arrive: the widget's own window. */
  self: MessageSource;
  /** The host frame: `window.parent`. Only messages whose `event.source` is this object count. */
  host: MessageTarget;
  /** The exact, already-validated host origin. */
  hostOrigin: string;
  envelope: Envelope;
  timeoutMs: number;
  modesTimeoutMs?: number;
  onTraffic?: (entry: TrafficEntry) => void;
  now?: () => number;
}

type Kind = 'schedule' | 'modes' | 'list';

interface Pending {
  kind: Kind;
  callid: string;
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: BridgeError) => void;
  timer: ReturnType<typeof setTimeout>;
}

const keyOf = (kind: Kind, callid: string) => `${kind}:${callid}`;

export function createPostMessageBridge(options: PostMessageBridgeOptions): HostBridge {
  const { self, host, hostOrigin, envelope, timeoutMs, onTraffic } = options;
  const modesTimeoutMs = options.modesTimeoutMs ?? timeoutMs;
  const now = options.now ?? Date.now;
  const pending = new Map<string, Pending>();
  /** Schedule requests that timed out: call id → until when a late answer still counts. */
  const expired = new Map<string, number>();
  const listeners = new Set<(event: BridgeEvent) => void>();
  /** The newest call the host announced: the bridge opens before React subscribes, and a
   * call announced in between must still reach the form. */
  let latestCall: Extract<BridgeEvent, { type: 'call' }> | null = null;
  let destroyed = false;

  const emit = (event: BridgeEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  function settleExpired(callid: string, outcome: LateOutcome) {
    const until = expired.get(callid);
    if (until === undefined) return;
    expired.delete(callid);
    if (now() <= until) emit({ type: 'late-result', callid, outcome });
  }

  function findPending(kind: Kind, callid: string | null): Pending | undefined {
    if (callid !== null) return pending.get(keyOf(kind, callid));
    // An error that names no call settles the one that is pending (SPEC §3).
    for (const entry of pending.values()) if (entry.kind === kind) return entry;
    return undefined;
  }

  function finish(entry: Pending) {
    clearTimeout(entry.timer);
    pending.delete(keyOf(entry.kind, entry.callid));
  }

  function handle(message: IncomingMessage) {
    switch (message.kind) {
      case 'call':
        latestCall = { type: 'call', context: message.context };
        emit(latestCall);
        return;
      case 'modes': {
        const entry = findPending('modes', message.callid);
        if (!entry) return;
        finish(entry);
        entry.resolve(message.modes);
        return;
      }
      case 'callback-list': {
        // The list names no call: its answer settles the list request that is pending.
        const entry = findPending('list', null);
        if (!entry) return;
        finish(entry);
        if (message.entries) entry.resolve(message.entries);
        else entry.reject(new BridgeError('HOST_ERROR', 'The agent desktop did not send its callbacks.'));
        return;
      }
      case 'result': {
        const entry = findPending('schedule', message.callid);
        const failure = message.errorText ?? 'The agent desktop could not schedule the callback.';
        if (!entry) {
          settleExpired(
            message.callid,
            message.success ? { success: true } : { success: false, message: failure, details: message.technical },
          );
          return;
        }
        finish(entry);
        if (message.success) entry.resolve(undefined);
        else entry.reject(new BridgeError('REJECTED', failure, message.technical ?? 'success: false'));
        return;
      }
      case 'error': {
        // An error that names no call settles the callback request that is pending (SPEC §3),
        // then modes, and only then the list, the one request that carries no call ID. The
        // list is asked right after the modes, so its own error normally finds nothing else
        // pending; while a callback is pending, an unnamed error is taken to be the callback's.
        const entry =
          findPending('schedule', message.callid) ??
          findPending('modes', message.callid) ??
          (message.callid === null ? findPending('list', null) : undefined);
        if (!entry) {
          if (message.callid !== null) {
            settleExpired(message.callid, { success: false, message: message.userMessage, details: message.technical });
          }
          return;
        }
        finish(entry);
        entry.reject(new BridgeError('HOST_ERROR', message.userMessage, message.technical));
        return;
      }
    }
  }

  const onMessage = (event: MessageEvent) => {
    // Identity and exact origin first, before touching the payload: a sibling frame of
    // the host's own origin, a look-alike origin or browser tooling never gets parsed.
    if (event.source !== host) {
      onTraffic?.({ direction: 'ignored', origin: event.origin, reason: 'source' });
      return;
    }
    if (event.origin !== hostOrigin) {
      onTraffic?.({ direction: 'ignored', origin: event.origin, reason: 'origin' });
      return;
    }
    const message = normalizeIncoming(event.data);
    onTraffic?.({ direction: 'in', origin: event.origin, data: event.data, message });
    if (message) handle(message);
  };
  self.addEventListener('message', onMessage);

  function send(message: OutgoingMessage) {
    onTraffic?.({ direction: 'out', origin: hostOrigin, message });
    host.postMessage(message, hostOrigin);
  }

  function request<T>(kind: Kind, callid: string, message: OutgoingMessage, wait: number): Promise<T> {
    if (destroyed) return Promise.reject(new BridgeError('DESTROYED', 'The widget was closed.'));
    const key = keyOf(kind, callid);
    const existing = pending.get(key);
    // Double click, Enter + click, StrictMode: the request already in flight is the answer.
    if (existing) return existing.promise as Promise<T>;
    let resolve!: (value: unknown) => void;
    let reject!: (error: BridgeError) => void;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: Pending = {
      kind,
      callid,
      promise,
      resolve,
      reject,
      timer: setTimeout(() => {
        finish(entry);
        if (kind === 'schedule') expired.set(callid, now() + LATE_ANSWER_WINDOW_MS);
        reject(new BridgeError('TIMEOUT', 'The agent desktop did not answer.'));
      }, wait),
    };
    expired.delete(callid);
    pending.set(key, entry);
    try {
      send(message);
    } catch (error) {
      finish(entry);
      reject(new BridgeError('HOST_ERROR', 'The message could not be sent to the agent desktop.', String(error)));
    }
    return promise as Promise<T>;
  }

  return {
    timeoutMs,
    scheduleCallback(data, personal) {
      const subtopic = personal ? 'SetPersonalCallbackWithComments' : 'SetCallbackWithComments';
      return request<undefined>('schedule', data.callid.trim(), buildMessage(subtopic, data, envelope), timeoutMs);
    },
    loadModes(data) {
      return request<CallbackMode[]>('modes', data.callid.trim(), buildMessage('GetCallBackModes', data, envelope), modesTimeoutMs);
    },
    loadCallbackList(data) {
      // Keyed by no call ID: its answer names none, so only one may be in flight.
      return request<Canonical[]>('list', '', buildMessage('GetPersonalCallbackList', data, envelope), modesTimeoutMs);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (latestCall) listener(latestCall);
      return () => listeners.delete(listener);
    },
    expectLateResult(callid, sentAt) {
      const key = callid.trim();
      if (!destroyed && !pending.has(keyOf('schedule', key))) expired.set(key, sentAt + LATE_ANSWER_WINDOW_MS);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      self.removeEventListener('message', onMessage);
      listeners.clear();
      expired.clear();
      for (const entry of [...pending.values()]) {
        finish(entry);
        entry.reject(new BridgeError('DESTROYED', 'The widget was closed.'));
      }
    },
  };
}

/**
 * Closes the bridge when the page is really going away. A page kept in the back/forward
 * cache comes back as it was, so its bridge must stay open (frozen, it receives nothing
 * meanwhile): a bridge closed at `pagehide` would come back dead, and the agent's Schedule
 * would fail with "The widget was closed."
 */
export function closeOnUnload(win: Pick<Window, 'addEventListener'>, bridge: HostBridge): void {
  win.addEventListener('pagehide', (event) => {
    if (!event.persisted) bridge.destroy();
  });
}
