import { expect, test, vi } from 'vitest';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';
import type { BridgeEvent, MessageSource } from './bridge';
import { closeOnUnload, createPostMessageBridge } from './bridge';

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
  const page = new EventTarget();
  closeOnUnload(page as unknown as Window, bridge);
  const hide = (persisted: boolean) => page.dispatchEvent(Object.assign(new Event('pagehide'), { persisted }));
  return { bridge, host, announce, hide };
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

test('a page kept in the back/forward cache keeps its bridge: Schedule still sends when it comes back', () => {
  const { bridge, host, hide } = openBridge();
  hide(true);
  void bridge.scheduleCallback(SAMPLE_CALLBACK_DATA, false).catch(() => undefined);
  expect(host.postMessage).toHaveBeenCalledTimes(1);
  expect(host.postMessage.mock.calls[0]?.[0]).toMatchObject({ subtopic: 'SetCallbackWithComments' });
  bridge.destroy();
});

test('a page that is really going away closes its bridge, and nothing more is sent', async () => {
  const { bridge, host, hide } = openBridge();
  hide(false);
  await expect(bridge.scheduleCallback(SAMPLE_CALLBACK_DATA, false)).rejects.toMatchObject({ code: 'DESTROYED' });
  expect(host.postMessage).not.toHaveBeenCalled();
});
