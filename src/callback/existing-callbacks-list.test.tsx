import { screen, waitFor, within } from '@testing-library/react';
import { agentZone } from '../time/zoned-time';
import { expect, test } from 'vitest';
import { fillValidForm, LIST_NAME, listAnswered, NOTE, schedule, setup } from '../test/existing-callbacks-setup';

/** SPEC §12 through the real form: the agent's callbacks asked for, this customer's shown, and a submit that waits for the answer or its absence. */

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
  // The section appears with the held submit: its live region is in the page, empty, before it
  // speaks, so a screen reader announces the words.
  const region = await waitFor(() => {
    const found = document.querySelector('.existing-callbacks [aria-live]');
    expect(found).not.toBeNull();
    return found;
  });
  expect(region).toHaveTextContent(/^$/);
  expect(await screen.findByText('Asking the agent desktop for this customer’s callbacks…')).toBe(region);
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
