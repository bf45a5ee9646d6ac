import { expect, test } from 'vitest';
import { customerCallbacks } from '../callback/existing-callbacks';
import type { CallbackMode } from '../protocol/incoming';
import { normalizeIncoming } from '../protocol/incoming';
import { buildMessage } from '../protocol/outgoing';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';
import { createAgentDesktop } from './agent-desktop';
import type { CallbackListScenario } from './scenario';
import { DEMO_MODES } from './scenario';

/** GetPersonalCallbackList as the simulated desktop answers it; the widget's own reader is the judge. */

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 10, 24, 9, 0); // 10:00 in Berlin
const envelope = { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'https://widget.test' };
const MODES: CallbackMode[] = DEMO_MODES.map((mode) => ({ id: Number(mode.ModeID), description: mode.Description, value: mode.Cvalue }));
const LIST_REQUEST = buildMessage('GetPersonalCallbackList', { UserID: 'testagent', FromDate: '24/11/2026', ToDate: '24/12/2026', StartingNo: 1, NoOfRecords: 100 }, envelope);

function desktopWith(callbackList: CallbackListScenario, schedule: 'success' | 'silent' | 'failure' = 'success') {
  const posted: unknown[] = [];
  const desktop = createAgentDesktop({
    hostOrigin: 'https://desk.test',
    widgetOrigin: 'https://widget.test',
    post: (data) => posted.push(data) > 0,
    scenario: { callbackList, schedule, replyAfterMs: 0 },
    now: () => NOW,
    scheduleZone: ZONE,
  });
  /** Asks for the list; what the widget reads of the answer: this customer's windows, or the message itself. */
  const ask = () => {
    posted.length = 0;
    desktop.receive(LIST_REQUEST, 'https://widget.test');
    desktop.cancelPending();
    desktop.reply('list');
    const message = normalizeIncoming(posted[0]);
    if (message?.kind !== 'callback-list' || !message.entries) return message;
    return customerCallbacks(message.entries, MODES, ZONE).callbacks.map(({ window, value }) => `${window.start.toPlainTime().toString()} ${value}`);
  };
  return { desktop, ask };
}

test('the desktop reads the list request, which names no call', () => {
  const { desktop } = desktopWith('booked');
  desktop.receive(LIST_REQUEST, 'https://widget.test');
  expect(desktop.requests('list')).toEqual([{ kind: 'list', subtopic: 'GetPersonalCallbackList', callid: '', packet: null }]);
});

test("clash lists this customer's first number in a fresh form's window (written with seconds), beside another customer", () => {
  expect(desktopWith('clash').ask()).toEqual(['10:30:00 +65 9146-0012']);
});

test('others lists no callback of this customer; booked lists none at first', () => {
  expect(desktopWith('others').ask()).toEqual([]);
  expect(desktopWith('booked').ask()).toEqual([]);
});

test('malformed hides one good callback among entries the widget drops', () => {
  expect(desktopWith('malformed').ask()).toEqual(['10:30:00 +65 9146-0012']);
});

test('error is a WS_Error that names no call; silent plans nothing', () => {
  expect(desktopWith('error').ask()).toMatchObject({ kind: 'error', callid: null, userMessage: 'Callbacks cannot be listed.' });
  expect(desktopWith('silent').ask()).toBeNull();
});

test('a callback the desktop confirms is booked and listed from then on; a refused or lost one is not', () => {
  const schedule = buildMessage('SetCallbackWithComments', { ...SAMPLE_CALLBACK_DATA, CallbackModeId: 3 }, envelope);
  const confirmed = desktopWith('booked');
  confirmed.desktop.receive(schedule, 'https://widget.test');
  expect(confirmed.desktop.booked()).toMatchObject([{ ModeNumber: '3', ModeDesc: 'Mobile', CValue: '6591462346', CallStartDate: '03/07/2020', CallStartTime: '13:45' }]);
  expect(confirmed.ask()).toEqual(['13:45:00 6591462346']);
  for (const outcome of ['failure', 'silent'] as const) {
    const other = desktopWith('booked', outcome);
    other.desktop.receive(schedule, 'https://widget.test');
    expect(other.desktop.booked()).toEqual([]);
  }
});
