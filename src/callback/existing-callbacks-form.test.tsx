import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { agentZone } from '../time/zoned-time';
import { describe, expect, test } from 'vitest';
import type { OpenWidgetOptions } from '../test/open-widget';
import { openWidget, TEST_CALL } from '../test/open-widget';

/** SPEC §12 through the real form, the real bridge and the simulated desktop, on one fixed clock. */

const NOW = new Date(2026, 10, 24, 10, 0, 0);
const now = () => NOW;
const MODES = [
  { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' },
  { ModeID: '1', Description: 'Home', Cvalue: '6512345678' },
];
const LIST_NAME = 'Already scheduled for this customer';
const NOTE = 'Existing callbacks could not be checked';

function setup(options: OpenWidgetOptions = {}) {
  return openWidget({ now, ...options, scenario: { modeList: MODES, ...options.scenario } });
}

type User = ReturnType<typeof userEvent.setup>;

/** The default window (today 10:30 to 11:30), Mobile, a comment. */
async function fillValidForm(user: User) {
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Callback mode' }), 'Mobile · 6591462346');
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'Wants the renewal quote');
}

const schedule = (user: User) => user.click(screen.getByRole('button', { name: 'Schedule callback' }));
const listAnswered = (desktop: ReturnType<typeof setup>['desktop']) =>
  waitFor(() => expect(desktop.traffic().some((entry) => entry.subtopic === 'GetPersonalCallbackListResult')).toBe(true));

test("once the agent ID and the modes are known, the widget asks for the agent's callbacks from today to the horizon", async () => {
  const { sent, targetOrigins } = setup();
  await waitFor(() => expect(sent()).toHaveLength(2));
  expect(sent()[1]).toEqual({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'GetPersonalCallbackList',
    source: 'set-callback-widget',
    data: { UserID: 'testagent', FromDate: '24/11/2026', ToDate: '24/12/2026', StartingNo: 1, NoOfRecords: 100 },
  });
  expect(targetOrigins()).toEqual(['http://localhost:4174', 'http://localhost:4174']);
});

test("without the desktop's modes nothing is asked, and the note says so once the modes timeout has passed", async () => {
  const { desktop } = setup({ modesTimeoutMs: 40, scenario: { modes: 'silent' } });
  expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  expect(await screen.findByText(NOTE)).toBeInTheDocument();
  expect(desktop.requests('list')).toEqual([]);
});

test("this customer's callbacks show, each with its window and number; another customer's do not", async () => {
  setup({ scenario: { callbackList: 'clash' } });
  const list = await screen.findByRole('list', { name: LIST_NAME });
  const items = within(list).getAllByRole('listitem');
  // The customer is in the agent's zone here: one clock, named.
  expect(items.map((item) => item.textContent)).toEqual([`Tue 24 Nov, 10:30 to 11:30 (${agentZone()}) Mobile · +65 9146-2346`]);
  expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
});

test('with callbacks of other customers only nothing shows, and Schedule callback sends at once', async () => {
  const { user, desktop, sent } = setup({ scenario: { callbackList: 'others' } });
  await listAnswered(desktop);
  await fillValidForm(user);
  expect(screen.queryByRole('list', { name: LIST_NAME })).not.toBeInTheDocument();
  await schedule(user);
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
});

test('malformed entries are dropped and the good one still shows', async () => {
  setup({ scenario: { callbackList: 'malformed' } });
  const list = await screen.findByRole('list', { name: LIST_NAME });
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
});

test('a submit made before the desktop answers the list waits for the answer, and a clash in it still asks first', async () => {
  const { user, sent, desktop } = setup({ scenario: { callbackList: 'silent' } });
  await fillValidForm(user);
  await waitFor(() => expect(desktop.requests('list')).toHaveLength(1));
  await schedule(user);
  expect(await screen.findByText('Asking the agent desktop for this customer’s callbacks…')).toBeInTheDocument();
  expect(sent('callbacks')).toEqual([]);
  desktop.reply('list', { scenario: { callbackList: 'clash' } });
  const dialog = await screen.findByRole('dialog', { name: 'This customer already has a callback' });
  expect(sent('callbacks')).toEqual([]);
  await user.click(within(dialog).getByRole('button', { name: 'Schedule anyway' }));
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(1);
});

test('a submit made before the desktop answers the list goes out once the answer shows no clash', async () => {
  const { user, sent, desktop } = setup({ scenario: { callbackList: 'silent' } });
  await fillValidForm(user);
  await waitFor(() => expect(desktop.requests('list')).toHaveLength(1));
  await schedule(user);
  await screen.findByText('Asking the agent desktop for this customer’s callbacks…');
  expect(sent('callbacks')).toEqual([]);
  desktop.reply('list', { scenario: { callbackList: 'others' } });
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(1);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('a submit made while the list is awaited is sent once the desktop has stayed silent past the modes timeout', async () => {
  // Long enough for a busy machine to fill the form first; the wait itself is the point.
  const { user, sent, desktop } = setup({ modesTimeoutMs: 3_000, scenario: { callbackList: 'silent' } });
  await fillValidForm(user);
  await waitFor(() => expect(desktop.requests('list')).toHaveLength(1));
  await schedule(user);
  await screen.findByText('Asking the agent desktop for this customer’s callbacks…');
  expect(sent('callbacks')).toEqual([]);
  expect(await screen.findByText('Callback scheduled', undefined, { timeout: 6_000 })).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(1);
  expect(screen.getByText(NOTE)).toBeInTheDocument();
});

test('a silent desktop never blocks scheduling: the note shows after the modes timeout, and the callback goes out', async () => {
  const { user, sent } = setup({ modesTimeoutMs: 40, scenario: { callbackList: 'silent' } });
  await fillValidForm(user);
  expect(await screen.findByText(NOTE)).toBeInTheDocument();
  await schedule(user);
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(1);
});

test('a desktop that answers the list with an error gets the same note', async () => {
  setup({ scenario: { callbackList: 'error' } });
  expect(await screen.findByText(NOTE)).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: LIST_NAME })).not.toBeInTheDocument();
});

test('a clash asks first: the dialog names the callback and nothing is sent; Change time sends nothing and returns to the window', async () => {
  const { user, sent } = setup({ scenario: { callbackList: 'clash' } });
  await screen.findByRole('list', { name: LIST_NAME });
  await fillValidForm(user);
  await schedule(user);
  const dialog = await screen.findByRole('dialog', { name: 'This customer already has a callback' });
  expect(dialog).toHaveTextContent(`Already scheduled: Tue 24 Nov, 10:30 to 11:30 (${agentZone()}), to Mobile · +65 9146-2346. The new window overlaps it.`);
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Change time' })).toHaveFocus());
  expect(sent('callbacks')).toEqual([]);
  await user.click(within(dialog).getByRole('button', { name: 'Change time' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.getByLabelText('Start date')).toHaveFocus();
  expect(sent('callbacks')).toEqual([]);
});

test('Schedule anyway sends exactly one message, however often Schedule callback was pressed, in StrictMode too', async () => {
  const { user, sent } = setup({ strict: true, scenario: { callbackList: 'clash' } });
  await screen.findByRole('list', { name: LIST_NAME });
  await fillValidForm(user);
  await user.dblClick(screen.getByRole('button', { name: 'Schedule callback' }));
  const dialog = await screen.findByRole('dialog');
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  await user.click(within(dialog).getByRole('button', { name: 'Schedule anyway' }));
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(1);
  expect(sent('callbacks')[0]).toMatchObject({ subtopic: 'SetCallbackWithComments', data: { StartTime: '10:30', EndTime: '11:30', CallbackModeId: 3 } });
  // StrictMode renders slowly under test: typing the comment alone takes seconds on a busy machine.
}, 30_000);

test('a window on the same day that does not overlap still asks, and says it is the same day', async () => {
  const { user, sent } = setup({ scenario: { callbackList: 'clash' } });
  await screen.findByRole('list', { name: LIST_NAME });
  await fillValidForm(user);
  // Touching: it starts as the existing one ends.
  fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '11:30' } });
  fireEvent.change(screen.getByLabelText('End time'), { target: { value: '12:30' } });
  await schedule(user);
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent('The new window is on the same day.');
  expect(sent('callbacks')).toEqual([]);
});

test('a window on another day is sent at once', async () => {
  const { user, sent } = setup({ scenario: { callbackList: 'clash' } });
  await screen.findByRole('list', { name: LIST_NAME });
  await fillValidForm(user);
  fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-11-25' } });
  fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-11-25' } });
  await schedule(user);
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('after a success the new callback joins the list, and Schedule another warns of the same-day duplicate at once', async () => {
  const { user, sent, desktop } = setup();
  await listAnswered(desktop);
  await fillValidForm(user);
  await schedule(user);
  await screen.findByText('Callback scheduled');
  const list = await screen.findByRole('list', { name: LIST_NAME });
  expect(within(list).getByRole('listitem')).toHaveTextContent(`Tue 24 Nov, 10:30 to 11:30 (${agentZone()}) Mobile · 6591462346`);
  await user.click(screen.getByRole('button', { name: 'Schedule another' }));
  await fillValidForm(user);
  await schedule(user);
  expect(await screen.findByRole('dialog', { name: 'This customer already has a callback' })).toHaveTextContent('overlaps');
  expect(sent('callbacks')).toHaveLength(1);
  expect(desktop.requests('list')).toHaveLength(1);
});

test('Retry after silence asks for the list again first, and warns when the callback is already there', async () => {
  // The desktop books the callback but its answer comes too late: the outcome is unknown.
  const { user, sent, desktop } = setup({ timeoutMs: 60, scenario: { schedule: 'late', lateAfterMs: 600_000 } });
  await listAnswered(desktop);
  await fillValidForm(user);
  await schedule(user);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The agent desktop did not answer.');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  const dialog = await screen.findByRole('dialog', { name: 'This callback may already be scheduled' });
  expect(dialog).toHaveTextContent(`Tue 24 Nov, 10:30 to 11:30 (${agentZone()}), to Mobile · 6591462346. The new window overlaps it.`);
  expect(desktop.requests('list')).toHaveLength(2);
  expect(sent('callbacks')).toHaveLength(1);
  await user.click(within(dialog).getByRole('button', { name: 'Change time' }));
  expect(sent('callbacks')).toHaveLength(1);
});

test('Retry after silence sends again when the desktop still lists nothing for this customer', async () => {
  const { user, sent, desktop } = setup({ timeoutMs: 60, scenario: { schedule: 'silent' } });
  await listAnswered(desktop);
  await fillValidForm(user);
  await schedule(user);
  const alert = await screen.findByRole('alert');
  desktop.setScenario({ schedule: 'success' });
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(2));
  expect(desktop.requests('list')).toHaveLength(2);
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
});

test('Retry does not wait for a desktop that never answered the list', async () => {
  const { user, sent, desktop } = setup({ timeoutMs: 60, modesTimeoutMs: 40, scenario: { schedule: 'silent', callbackList: 'silent' } });
  await screen.findByText(NOTE);
  await fillValidForm(user);
  await schedule(user);
  const alert = await screen.findByRole('alert');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(2));
  expect(desktop.requests('list')).toHaveLength(1);
});

describe('no agent ID from the desktop', () => {
  const NO_AGENT = { ...TEST_CALL, userId: '' };
  /** The UserID of each GetPersonalCallbackList the widget sent. */
  const listAskedFor = (sent: ReturnType<typeof setup>['sent']) =>
    sent().flatMap((message) => ('subtopic' in message && message.subtopic === 'GetPersonalCallbackList' && 'UserID' in message.data ? [message.data.UserID] : []));

  async function typeAgentAndSchedule(user: User, agent: string) {
    const field = screen.getByRole('textbox', { name: 'Agent ID' });
    await user.clear(field);
    await user.type(field, agent);
    await schedule(user);
  }

  test('the ID the agent typed is asked about on Schedule, and a clash in the answer asks first', async () => {
    const { user, sent } = setup({ context: NO_AGENT, scenario: { callbackList: 'clash' } });
    await fillValidForm(user);
    expect(listAskedFor(sent)).toEqual([]);
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
    await typeAgentAndSchedule(user, 'agent42');
    expect(await screen.findByRole('dialog', { name: 'This customer already has a callback' })).toBeInTheDocument();
    expect(listAskedFor(sent)).toEqual(['agent42']);
    expect(sent('callbacks')).toEqual([]);
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  });

  test('with nothing of this customer listed it goes out once the desktop answered; another ID typed is asked about again', async () => {
    const { user, sent } = setup({ context: NO_AGENT, scenario: { callbackList: 'others' } });
    await fillValidForm(user);
    await typeAgentAndSchedule(user, 'agent42');
    expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
    expect(sent('callbacks')).toHaveLength(1);
    expect(sent('callbacks')[0]).toMatchObject({ data: { UserID: 'agent42' } });
    expect(listAskedFor(sent)).toEqual(['agent42']);

    // Another callback, for a colleague's ID: that agent's callbacks are asked for before it goes.
    await user.click(screen.getByRole('button', { name: 'Schedule another' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Callback mode' }), 'Mobile · 6591462346');
    await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'For the day shift');
    await typeAgentAndSchedule(user, 'agent43');
    // The callback just scheduled is this customer's, on the same day: asked first, as always.
    const dialog = await screen.findByRole('dialog', { name: 'This customer already has a callback' });
    expect(listAskedFor(sent)).toEqual(['agent42', 'agent43']);
    expect(sent('callbacks')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Schedule anyway' }));
    await waitFor(() => expect(sent('callbacks')).toHaveLength(2));
    expect(sent('callbacks')[1]).toMatchObject({ data: { UserID: 'agent43' } });
  });

  test('a desktop silent about the list holds the submit no longer than the modes timeout, then says it could not check', async () => {
    const { user, sent } = setup({ context: NO_AGENT, modesTimeoutMs: 300, scenario: { callbackList: 'silent' } });
    await fillValidForm(user);
    await typeAgentAndSchedule(user, 'agent42');
    expect(await screen.findByText('Asking the agent desktop for this customer’s callbacks…')).toBeInTheDocument();
    expect(sent('callbacks')).toEqual([]);
    expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
    expect(sent('callbacks')).toHaveLength(1);
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(listAskedFor(sent)).toEqual(['agent42']);
  });
});
