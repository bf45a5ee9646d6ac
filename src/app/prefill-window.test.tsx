import { act, fireEvent, waitFor } from '@testing-library/react';
import type { DraftStore } from '../callback/draft-store';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import { freshValues, freshWindow } from '../callback/form-values';
import type { CallContext } from '../protocol/call-event';
import { field, hydrateForm, mountMarkup, typeInto } from '../test/prerendered';
import { readTimeSettings } from '../time/time-settings';
import { prefillForm } from './prefill';

/**
 * SPEC §9 and §11 before React: the pre-filled window behaves as the form's does, and what
 * needs the form's code (a quick pick) is made by the form once it is live.
 */

// 09:07 in Berlin on Tue 24 Nov 2026: the fresh window is 09:45 to 10:45 there.
const NOW = new Date('2026-11-24T08:07:00Z');
const TIME = readTimeSettings({}, 'Europe/Berlin');
const MOBILE = { id: 3, description: 'Mobile', value: '6591462346' };
const CONTEXT: CallContext = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: null, targetAmount: null };

let drafts: DraftStore;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  drafts = createDraftStore(memoryBackend());
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const windowShown = () => ['Start date', 'Start time', 'End date', 'End time'].map((label) => field(label).value);
const clickQuickPick = (label: string) =>
  [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

test('a start moved before React carries the end with it, keeping the window length, and React gets both', () => {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  expect(windowShown()).toEqual(['2026-11-24', '09:45', '2026-11-24', '10:45']);
  typeInto(field('End time'), '11:15');
  typeInto(field('Start time'), '20:30');
  expect(windowShown()).toEqual(['2026-11-24', '20:30', '2026-11-24', '22:00']);
  // Over midnight: the end date moves too.
  typeInto(field('Start time'), '23:30');
  expect(windowShown()).toEqual(['2026-11-24', '23:30', '2026-11-25', '01:00']);
  typeInto(field('Start date'), '2026-11-26');
  expect(windowShown()).toEqual(['2026-11-26', '23:30', '2026-11-27', '01:00']);
  // A start that is no time yet (a field being cleared) leaves the end alone.
  typeInto(field('Start time'), '');
  expect(field('End time').value).toBe('01:00');

  const handed = prefilled?.takeOver();
  expect(handed?.edited).toBe(true);
  expect(handed?.values).toMatchObject({ startDate: '2026-11-26', startTime: '', endDate: '2026-11-27', endTime: '01:00' });
  // React has the form now: the page's first script no longer moves anything.
  typeInto(field('Start time'), '08:00');
  expect(field('End time').value).toBe('01:00');
});

test('a customer zone chosen before React moves an untouched window to its opening, and never one the agent set', () => {
  const root = mountMarkup();
  prefillForm(root, CONTEXT, drafts, NOW, TIME);
  typeInto(field('Customer time zone'), 'America/Chic');
  expect(windowShown()).toEqual(['2026-11-24', '09:45', '2026-11-24', '10:45']);
  typeInto(field('Customer time zone'), 'America/Chicago');
  // 02:07 in Chicago: before calling hours, so 08:00 there.
  const chicago = freshWindow(NOW, 'America/Chicago', TIME);
  expect(chicago).toEqual({ startDate: '2026-11-24', startTime: '08:00', endDate: '2026-11-24', endTime: '09:00' });
  expect(windowShown()).toEqual(Object.values(chicago));

  typeInto(field('End time'), '09:30');
  typeInto(field('Customer time zone'), 'Asia/Tokyo');
  expect(windowShown()).toEqual(['2026-11-24', '08:00', '2026-11-24', '09:30']);
});

test('a draft restored into the form is the agent window: a zone chosen before React keeps it', () => {
  const root = mountMarkup();
  drafts.saveDraft({ ...freshValues(CONTEXT, NOW, TIME), startTime: '15:00', endTime: '16:00' });
  prefillForm(root, CONTEXT, drafts, NOW, TIME);
  typeInto(field('Customer time zone'), 'America/Chicago');
  expect(windowShown()).toEqual(['2026-11-24', '15:00', '2026-11-24', '16:00']);
});

test('a quick pick pressed before React is handed over, unless the agent then set the window by hand', () => {
  const pickThenType = prefillForm(mountMarkup(), CONTEXT, drafts, NOW, TIME);
  clickQuickPick('Tomorrow 14:00');
  typeInto(field('Start time'), '12:00');
  expect(pickThenType?.takeOver().quickPick).toBeNull();

  const typeThenPick = prefillForm(mountMarkup(), CONTEXT, drafts, NOW, TIME);
  typeInto(field('Start time'), '12:00');
  clickQuickPick('Tomorrow 09:00');
  clickQuickPick('In 2 hours');
  // Other buttons are no pick.
  clickQuickPick('Schedule callback');
  expect(typeThenPick?.takeOver().quickPick).toBe('in-2-hours');
});

test('a quick pick and Schedule pressed before React: the form makes the pick, then sends the picked window', async () => {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  // A start in the past: a submit made before the pick would be refused for it.
  typeInto(field('Start date'), '2026-11-20');
  typeInto(field('Comments'), 'Wants the afternoon');
  clickQuickPick('Tomorrow 14:00');
  root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  const handover = prefilled?.takeOver() ?? null;
  expect(handover).toMatchObject({ quickPick: 'tomorrow-1400', submitRequested: true });

  const { host, unmount } = await hydrateForm(root, handover, { context: CONTEXT, time: TIME, drafts, scenario: { callbackList: 'booked' }, modes: [MOBILE] });
  await waitFor(() => expect(host.sent('callbacks')).toHaveLength(1));
  expect(host.sent('callbacks')[0]).toMatchObject({ data: { StartDate: '25/11/2026', StartTime: '14:00', EndDate: '25/11/2026', EndTime: '15:00', AgentComments: 'Wants the afternoon' } });
  expect(windowShown()).toEqual(['2026-11-25', '14:00', '2026-11-25', '15:00']);
  // Settled: the replayed Schedule went out once.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(host.sent('callbacks')).toHaveLength(1);
  unmount();
});

test('the zone field focused before React offers its suggestions once React is live', async () => {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  field('Customer time zone').focus();
  const { unmount } = await hydrateForm(root, prefilled?.takeOver() ?? null, { context: CONTEXT, time: TIME, drafts, scenario: { modes: 'silent' } });
  const suggestions = () => [...(field('Customer time zone').list?.options ?? [])].map((option) => option.value);
  await waitFor(() => expect(suggestions()).toContain('America/Chicago'));
  unmount();
});

test.each([
  ['only the comments were typed before React: the window moves to the zone opening', false, ['2026-11-24', '08:00', '2026-11-24', '09:00']],
  ['the window was set before React: it stays as set', true, ['2026-11-24', '12:00', '2026-11-24', '13:00']],
])('a zone chosen once React is live: %s', async (_name, setWindow, expected) => {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  typeInto(field('Comments'), 'Prefers mornings');
  if (setWindow) typeInto(field('Start time'), '12:00');
  const { unmount } = await hydrateForm(root, prefilled?.takeOver() ?? null, { context: CONTEXT, time: TIME, drafts, scenario: { modes: 'silent' } });
  fireEvent.change(field('Customer time zone'), { target: { value: 'America/Chicago' } });
  expect(windowShown()).toEqual(expected);
  unmount();
});
