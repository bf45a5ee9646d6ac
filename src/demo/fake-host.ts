import type { HostBridge, MessageSource, MessageTarget } from '../protocol/bridge';
import { createPostMessageBridge } from '../protocol/bridge';
import { DEFAULT_SOURCE } from '../protocol/outgoing';
import type { HostCall, HostSettings } from '../dev-host/host-scenarios';
import { buildCallEvent, DEFAULT_SETTINGS, planAnswers, readRequest } from '../dev-host/host-scenarios';

/** Made-up origins: nothing here ever reaches a real window. */
export const FAKE_HOST_ORIGIN = 'https://agent-desktop.demo.invalid';
const FAKE_WIDGET_ORIGIN = 'https://widget.demo.invalid';

export interface FakeHostOptions {
  settings?: Partial<HostSettings>;
  /** The bridge's answer timeout; short for "unknown", long for "submitting". */
  timeoutMs?: number;
  modesTimeoutMs?: number;
}

export interface FakeHost {
  /** The real postMessage bridge, wired to this host in memory. */
  bridge: HostBridge;
  /** Every message the widget sent, as the host received it. */
  readonly received: readonly unknown[];
  /** Posts a message to the widget as the host frame would. */
  deliver(data: unknown): void;
  /** Announces a call, as the agent desktop does while calls progress. */
  deliverCall(call: HostCall): void;
  destroy(): void;
}

/**
 * An in-memory agent desktop for /demo. It is not a second implementation of the bridge:
 * the widget talks through the real `createPostMessageBridge` (origin checks, normaliser,
 * timeouts, dedupe), and the host answers with the same scenarios /dev uses.
 */
export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const settings: HostSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const listeners = new Set<(event: MessageEvent) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const received: unknown[] = [];

  const widgetWindow: MessageSource = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };

  const later = (run: () => void, delayMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, delayMs);
    timers.add(timer);
  };

  const hostWindow: MessageTarget = {
    postMessage(message, targetOrigin) {
      // What the browser does with a wrong target origin: drops the message silently.
      if (targetOrigin !== FAKE_HOST_ORIGIN) return;
      const data = structuredClone(message);
      received.push(data);
      const request = readRequest(data);
      if (!request) return;
      for (const answer of planAnswers(request, settings, { hostOrigin: FAKE_HOST_ORIGIN })) {
        later(() => deliver(answer.data), answer.delayMs);
      }
    },
  };

  function deliver(data: unknown) {
    const event = new MessageEvent('message', { data: structuredClone(data), origin: FAKE_HOST_ORIGIN });
    // A real MessageEvent whose source is the host, as `window.parent` would be.
    Object.defineProperty(event, 'source', { value: hostWindow });
    for (const listener of [...listeners]) listener(event);
  }

  const bridge = createPostMessageBridge({
    self: widgetWindow,
    host: hostWindow,
    hostOrigin: FAKE_HOST_ORIGIN,
    envelope: { source: DEFAULT_SOURCE, subscriberId: null, ownOrigin: FAKE_WIDGET_ORIGIN },
    timeoutMs: options.timeoutMs ?? 15_000,
    modesTimeoutMs: options.modesTimeoutMs ?? 5_000,
  });

  return {
    bridge,
    received,
    deliver,
    deliverCall: (call) => deliver(buildCallEvent(call)),
    destroy() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      bridge.destroy();
    },
  };
}
