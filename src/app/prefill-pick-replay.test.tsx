import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DraftStore } from '../callback/draft-store';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { CallContext } from '../protocol/call-event';
import { field, hydrateForm, mountMarkup, typeInto } from '../test/prerendered';
import { readTimeSettings } from '../time/time-settings';
import { prefillForm } from './prefill';

/**
 * A quick pick pressed before React is made by the form once its arithmetic has loaded
 * (SPEC §9, §11). What the agent does in between wins: the pick and the Schedule pressed
 * with it are dropped, never made over the agent's newer work, and never made twice.
 */

// The quick picks' arithmetic arrives when a test says so: the gap a slow network leaves.
let release = () => {};
let failing = false;
function gateQuickPicks() {
  const arrived = new Promise<void>((resolve) => (release = resolve));
  // Each test's first pick loads them afresh, through its own gate.
  vi.resetModules();
  vi.doMock('../time/quick-picks', async (importOriginal) => {
    await arrived;
    if (failing) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
}

// 09:07 in Berlin on Tue 24 Nov 2026: the fresh window is 09:45 to 10:45 there.
const NOW = new Date('2026-11-24T08:07:00Z');
const CONTEXT: CallContext = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: null, targetAmount: null };
const MOBILE = { id: 3, description: 'Mobile', value: '6591462346' };

let drafts: DraftStore;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  drafts = createDraftStore(memoryBackend());
  failing = false;
  gateQuickPicks();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const windowShown = () => ['Start date', 'Start time', 'End date', 'End time'].map((label) => field(label).value);

/** Before React: a comment, the pick, then Schedule; React then takes the form over with the desktop's one number. */
async function pickAndScheduleBeforeReact(label: string, time = readTimeSettings({}, 'Europe/Berlin')) {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, time);
  typeInto(field('Comments'), 'Wants the afternoon');
  [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.click();
  root.querySelector('form')?.requestSubmit();
  return hydrateForm(root, prefilled?.takeOver() ?? null, { context: CONTEXT, time, drafts, scenario: { callbackList: 'booked' }, modes: [MOBILE] });
}

/** Lets the quick picks arrive, and what follows settle. */
async function releasePicks() {
  await act(async () => {
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

test('the agent sets the window while the pick loads: their window stays, and the early Schedule is not made', async () => {
  const { host, unmount } = await pickAndScheduleBeforeReact('Tomorrow 14:00');
  // As the browser's time picker sets it: the end follows, now that React is live.
  fireEvent.change(field('Start time'), { target: { value: '11:00' } });
  expect(windowShown()).toEqual(['2026-11-24', '11:00', '2026-11-24', '12:00']);
  await releasePicks();
  expect(windowShown()).toEqual(['2026-11-24', '11:00', '2026-11-24', '12:00']);
  expect(host.sent('callbacks')).toEqual([]);
  unmount();
});

test('the agent presses Schedule while the pick loads: one callback, for the window on screen', async () => {
  const { host, unmount } = await pickAndScheduleBeforeReact('Tomorrow 14:00');
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(host.sent('callbacks')).toHaveLength(1));
  await releasePicks();
  expect(host.sent('callbacks')).toHaveLength(1);
  expect(host.sent('callbacks')[0]).toMatchObject({ data: { StartDate: '24/11/2026', StartTime: '09:45', AgentComments: 'Wants the afternoon' } });
  unmount();
});

test('a pick past the horizon says so, and the Schedule pressed with it is not made', async () => {
  // One day ahead at most: tomorrow 14:00 is past 09:07 tomorrow.
  const { host, unmount } = await pickAndScheduleBeforeReact('Tomorrow 14:00', readTimeSettings({ maxDaysAhead: '1' }, 'Europe/Berlin'));
  await releasePicks();
  expect(screen.getByText('Tomorrow 14:00 is past the 1-day limit: choose a time by hand.')).toBeInTheDocument();
  expect(windowShown()).toEqual(['2026-11-24', '09:45', '2026-11-24', '10:45']);
  expect(host.sent('callbacks')).toEqual([]);
  unmount();
});

test('quick picks that cannot be loaded say so, and the Schedule pressed with one is not made', async () => {
  failing = true;
  const { host, unmount } = await pickAndScheduleBeforeReact('In 2 hours');
  await releasePicks();
  expect(screen.getByText('The time helpers could not be loaded: choose a time by hand.')).toBeInTheDocument();
  expect(host.sent('callbacks')).toEqual([]);
  unmount();
});
