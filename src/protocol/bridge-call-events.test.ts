import { expect, test, vi } from 'vitest';
import type { BridgeEvent, MessageSource } from './bridge';
import { createPostMessageBridge } from './bridge';

const HOST_ORIGIN = 'https://desk.example.com';

function openBridge() {
  const self = new EventTarget() as EventTarget & MessageSource;
  const host = { postMessage: vi.fn() };
  const bridge = createPostMessageBridge({
    self,
    host,
    hostOrigin: HOST_ORIGIN,
    envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'https://widget.example.net' },
    timeoutMs: 15_000,
  });
  const announce = (id: string) => {
    const event = new Event('message');
    const data = { channel: 'Genesys', topic: 'Outbound', subtopic: 'OutboundCallStateChange', data: { call: { id, CallVariables: { AccountNumber: 'A' } } } };
    Object.assign(event, { data, origin: HOST_ORIGIN, source: host });
    self.dispatchEvent(event);
  };
  return { bridge, announce };
}

const callids = (events: BridgeEvent[]) => events.map((event) => (event.type === 'call' ? event.context.callid : event.type));

test('a call announced before anyone listens still reaches the first listener, newest only', () => {
  const { bridge, announce } = openBridge();
  announce('111');
  announce('222');
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));
  expect(callids(events)).toEqual(['222']);
  announce('333');
  expect(callids(events)).toEqual(['222', '333']);
});

test('with no call announced a new listener hears nothing until one is', () => {
  const { bridge, announce } = openBridge();
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));
  expect(events).toEqual([]);
  announce('444');
  expect(callids(events)).toEqual(['444']);
});
