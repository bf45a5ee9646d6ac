import { vi } from 'vitest';
import type { MessageSource } from '../protocol/bridge';
import { createPostMessageBridge } from '../protocol/bridge';

export const HOST_ORIGIN = 'http://localhost:4174';

/**
 * The real postMessage bridge, wired to a fake parent frame: what the widget sends lands
 * in `sent`, and `answer()` delivers a message as if the host had posted it.
 */
export function createFakeHost(options: { timeoutMs?: number; modesTimeoutMs?: number; subscriberId?: string } = {}) {
  const self = new EventTarget() as EventTarget & MessageSource;
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const bridge = createPostMessageBridge({
    self,
    host: parent,
    hostOrigin: HOST_ORIGIN,
    envelope: { source: 'set-callback-widget', subscriberId: options.subscriberId ?? null, ownOrigin: 'http://127.0.0.1:4173' },
    timeoutMs: options.timeoutMs ?? 15_000,
    modesTimeoutMs: options.modesTimeoutMs ?? 15_000,
  });
  const deliver = (data: unknown, origin = HOST_ORIGIN, source: unknown = parent) => {
    const event = new Event('message');
    Object.assign(event, { data, origin, source });
    self.dispatchEvent(event);
  };
  const sent = () => parent.postMessage.mock.calls.map(([message]) => message as { subtopic?: string; data?: Record<string, unknown> });
  const targetOrigins = () => parent.postMessage.mock.calls.map(([, origin]) => origin);
  return { bridge, parent, deliver, sent, targetOrigins };
}
