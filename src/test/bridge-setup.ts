import { afterEach, beforeEach, vi } from 'vitest';
import type { BridgeEvent, MessageSource, PostMessageBridgeOptions, TrafficEntry } from '../protocol/bridge';
import { createPostMessageBridge } from '../protocol/bridge';
import type { SetCallbackData } from '../protocol/outgoing';
import { SAMPLE_CALLBACK_DATA } from './fixtures';

/**
 * The postMessage bridge on its own, for the src/protocol/bridge-*.test.ts files: a fake
 * window that records its listeners, a host frame whose posts are a mock, and what the
 * host (or an impostor) sends back, delivered by hand on a fake clock.
 */

export const HOST_ORIGIN = 'https://desk.example.com';
export const OWN_ORIGIN = 'https://widget.example.net';
export const TIMEOUT_MS = 15_000;

export const callbackData: SetCallbackData = SAMPLE_CALLBACK_DATA;

type Listener = (event: MessageEvent) => void;

/** Every test of the calling file runs on fake timers: timeouts pass when the test says so. */
export function fakeTimersInEachTest() {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });
}

export function setup(overrides: Partial<PostMessageBridgeOptions> = {}) {
  const listeners = new Set<Listener>();
  const self: MessageSource = {
    addEventListener(_type, listener) {
      listeners.add(listener);
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener);
    },
  };
  const host = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const traffic: TrafficEntry[] = [];
  const bridge = createPostMessageBridge({
    self,
    host,
    hostOrigin: HOST_ORIGIN,
    envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: OWN_ORIGIN },
    timeoutMs: TIMEOUT_MS,
    onTraffic: (entry) => traffic.push(entry),
    ...overrides,
  });
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));

  /** Delivers what a `message` event from the host frame (or an impostor) would carry. */
  function deliver(data: unknown, from: { origin?: string; source?: unknown } = {}) {
    const event = { data, origin: from.origin ?? HOST_ORIGIN, source: 'source' in from ? from.source : host };
    for (const listener of [...listeners]) listener(event as unknown as MessageEvent);
  }
  return { bridge, host, deliver, listeners, events, traffic };
}

/** Observes a promise without awaiting it, so a test can assert it is still pending. */
export function track(promise: Promise<unknown>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value: unknown } = { status: 'pending', value: undefined };
  promise.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', value: error }),
  );
  return state;
}

export const flush = () => vi.advanceTimersByTimeAsync(0);

export const result = (callid: string, response: unknown, subtopic = ' SetCallbackWithCommentsResult') => ({
  channel: 'LCM',
  topic: 'WebService',
  subtopic,
  message: { callid, response },
});

export const wsError = (payload: unknown) => ({ channel: 'LCM', topic: 'Webservice', subtopic: 'WS_Error', message: payload });
