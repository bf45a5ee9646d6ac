import { expect, test, vi } from 'vitest';
import type { MessageSource } from './bridge';
import { closeOnUnload, createPostMessageBridge } from './bridge';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';

function openBridge() {
  const self = new EventTarget() as EventTarget & MessageSource;
  const host = { postMessage: vi.fn() };
  const bridge = createPostMessageBridge({
    self,
    host,
    hostOrigin: 'https://desk.example.com',
    envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'https://widget.example.net' },
    timeoutMs: 15_000,
  });
  const page = new EventTarget();
  closeOnUnload(page as unknown as Window, bridge);
  const hide = (persisted: boolean) => page.dispatchEvent(Object.assign(new Event('pagehide'), { persisted }));
  return { bridge, host, hide };
}

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
