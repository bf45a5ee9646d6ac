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

const MODES_ANSWER = { channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: '12345', response: [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }] } };
const subtopics = (parent: { postMessage: ReturnType<typeof vi.fn> }) => parent.postMessage.mock.calls.map(([message]) => (message as { subtopic: string }).subtopic);

test("once the URL's call has its modes, the URL's agent's callbacks are asked, and the answer is handed to whoever takes it, before or after", async () => {
  vi.useFakeTimers({ now: new Date('2026-03-07T23:30:00Z'), toFake: ['Date'] });
  try {
    const { win, parent, answer } = frameWindow();
    const opened = await openBridge(win, embedded('?callid=12345&accountNumber=A&userId=agent7&scheduleTimeZone=Asia/Singapore&maxDaysAhead=10'));
    const early = vi.fn();
    opened.whenListAsked(early);
    expect(subtopics(parent)).toEqual(['GetCallBackModes']);
    answer(MODES_ANSWER);
    await opened.modes;
    await vi.waitFor(() => expect(subtopics(parent)).toEqual(['GetCallBackModes', 'GetPersonalCallbackList']));
    // Today in the schedule zone (already 8 March in Singapore), and ten days on.
    expect(parent.postMessage.mock.calls[1]?.[0]).toMatchObject({
      data: { UserID: 'agent7', FromDate: '08/03/2026', ToDate: '18/03/2026', StartingNo: 1, NoOfRecords: 100 },
    });
    const late = vi.fn();
    opened.whenListAsked(late);
    answer({ channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackListResult', message: { response: [] } });
    for (const take of [early, late]) {
      expect(take).toHaveBeenCalledTimes(1);
      await expect(take.mock.calls[0]?.[0]).resolves.toEqual([]);
    }
    expect(subtopics(parent)).toHaveLength(2);
  } finally {
    vi.useRealTimers();
  }
});

test('no agent ID, or modes that offer no number, and the callbacks are not asked', async () => {
  for (const { search, modes } of [
    { search: '?callid=12345&accountNumber=A', modes: MODES_ANSWER },
    { search: '?callid=12345&accountNumber=A&userId=agent7', modes: { ...MODES_ANSWER, message: { callid: '12345', response: [] } } },
  ]) {
    const { win, parent, answer } = frameWindow();
    const opened = await openBridge(win, embedded(search));
    const take = vi.fn();
    opened.whenListAsked(take);
    answer(modes);
    await opened.modes;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(subtopics(parent)).toEqual(['GetCallBackModes']);
    expect(take).not.toHaveBeenCalled();
  }
});
