import type { HostBridge, MessageSource, MessageTarget, TrafficEntry } from '../protocol/bridge';
import { createPostMessageBridge } from '../protocol/bridge';
import { DEFAULT_SOURCE } from '../protocol/outgoing';
import type { AgentDesktop } from './agent-desktop';
import { createAgentDesktop } from './agent-desktop';
import type { Scenario } from './scenario';

/** Made-up origins: nothing here ever reaches a real window. */
export const SIMULATED_HOST_ORIGIN = 'https://agent-desktop.demo.invalid';
export const SIMULATED_WIDGET_ORIGIN = 'https://widget.demo.invalid';

export interface InMemoryOptions {
  scenario?: Partial<Scenario>;
  hostOrigin?: string;
  widgetOrigin?: string;
  /** The bridge's answer timeout. */
  timeoutMs?: number;
  modesTimeoutMs?: number;
  /** When set, the widget speaks in packets. */
  subscriberId?: string | null;
  /** Where the widget listens for the desktop; a fresh EventTarget unless given (a test may pass `window`). */
  widgetWindow?: EventTarget & MessageSource;
  onTraffic?: (entry: TrafficEntry) => void;
  /** The desktop's clock (`Date.now()` unless given): the callbacks it lists sit around it. */
  desktopNow?: () => number;
  /** Runs each delivery to the widget (a unit test wraps it in React's `act`). */
  deliverWith?: (deliver: () => void) => void;
}

export interface WidgetPost {
  message: unknown;
  targetOrigin: string;
}

export interface InMemoryConnection {
  /** The real postMessage bridge: origin and source checks, normaliser, timeouts, dedupe. */
  bridge: HostBridge;
  desktop: AgentDesktop;
  /** Every postMessage the widget made, with its target origin, even one the browser would drop. */
  readonly posts: readonly WidgetPost[];
  close(): void;
}

/**
 * The widget's real bridge and the simulated desktop, joined by an in-memory channel that
 * behaves like postMessage: messages are cloned, a wrong target origin drops them, and the
 * widget sees each answer as a MessageEvent from the desktop's window and origin.
 */
export function connectInMemory(options: InMemoryOptions = {}): InMemoryConnection {
  const hostOrigin = options.hostOrigin ?? SIMULATED_HOST_ORIGIN;
  const widgetOrigin = options.widgetOrigin ?? SIMULATED_WIDGET_ORIGIN;
  const widgetWindow = options.widgetWindow ?? (new EventTarget() as EventTarget & MessageSource);
  const deliverWith = options.deliverWith ?? ((deliver: () => void) => deliver());
  const posts: WidgetPost[] = [];

  const hostWindow: MessageTarget = {
    postMessage(message, targetOrigin) {
      posts.push({ message, targetOrigin });
      // What the browser does with a wrong target origin: drops the message silently.
      if (targetOrigin !== hostOrigin) return;
      desktop.receive(structuredClone(message), widgetOrigin);
    },
  };

  const desktop = createAgentDesktop({
    hostOrigin,
    widgetOrigin,
    scenario: options.scenario,
    now: options.desktopNow,
    post(data) {
      const event = new MessageEvent('message', { data: structuredClone(data), origin: hostOrigin });
      // A real MessageEvent whose source is the desktop, as `window.parent` would be.
      Object.defineProperty(event, 'source', { value: hostWindow });
      deliverWith(() => widgetWindow.dispatchEvent(event));
      return true;
    },
  });

  const bridge = createPostMessageBridge({
    self: widgetWindow,
    host: hostWindow,
    hostOrigin,
    envelope: { source: DEFAULT_SOURCE, subscriberId: options.subscriberId ?? null, ownOrigin: widgetOrigin },
    timeoutMs: options.timeoutMs ?? 15_000,
    modesTimeoutMs: options.modesTimeoutMs ?? 5_000,
    onTraffic: options.onTraffic,
  });

  return {
    bridge,
    desktop,
    posts,
    close() {
      desktop.cancelPending();
      bridge.destroy();
    },
  };
}
