import { expect, test, vi } from 'vitest';
import { readWidgetConfig } from '../call-context/widget-config';
import { openBridge } from './open-bridge';

const HOST_ORIGIN = 'https://desk.example.com';

/** The frame's window as the bridge sees it: its own events, its parent (the desktop), its origin. */
function frameWindow() {
  const self = new EventTarget();
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(self, { parent, location: { origin: 'https://widget.example.net' } }) as unknown as Window;
  const answer = (data: unknown) => self.dispatchEvent(Object.assign(new Event('message'), { data, origin: HOST_ORIGIN, source: parent }));
  return { win, parent, answer };
}

const embedded = (search: string) => ({ kind: 'embedded' as const, config: readWidgetConfig(search), hostOrigin: HOST_ORIGIN });

test('the modes of the URL\'s call are asked the moment the bridge opens, and the answer is kept for the form', async () => {
  const { win, parent, answer } = frameWindow();
  const { modes } = await openBridge(win, embedded('?callid=12345&accountNumber=5%7C3%7C1'));
  expect(parent.postMessage).toHaveBeenCalledTimes(1);
  expect(parent.postMessage).toHaveBeenCalledWith(
    expect.objectContaining({ subtopic: 'GetCallBackModes', data: { callid: '12345', AccountNumber: '5|3|1' } }),
    HOST_ORIGIN,
  );
  answer({ channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: '12345', response: [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }] } });
  await expect(modes).resolves.toEqual([{ id: 3, description: 'Mobile', value: '6591462346' }]);
});

test('without the call ID or the LCM key nothing is asked', async () => {
  for (const search of ['?accountNumber=5%7C3%7C1', '?callid=12345', '']) {
    const { win, parent } = frameWindow();
    const { modes } = await openBridge(win, embedded(search));
    expect(modes).toBeNull();
    expect(parent.postMessage).not.toHaveBeenCalled();
  }
});

test('a desktop that never answers the modes leaves a rejection for the form to read (Vitest fails a run on an unhandled one)', async () => {
  vi.useFakeTimers();
  try {
    const { win } = frameWindow();
    const { modes } = await openBridge(win, embedded('?callid=12345&accountNumber=A&timeoutMs=3000'));
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(modes).rejects.toMatchObject({ code: 'TIMEOUT' });
  } finally {
    vi.useRealTimers();
  }
});

test('with ?debug=1 the console log hears the very first message', async () => {
  const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    const { win } = frameWindow();
    await openBridge(win, embedded('?callid=12345&accountNumber=A&debug=1'));
    expect(info).toHaveBeenCalledWith(expect.stringContaining('GetCallBackModes'));
  } finally {
    info.mockRestore();
  }
});
