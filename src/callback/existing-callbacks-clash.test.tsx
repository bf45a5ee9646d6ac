import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { agentZone } from '../time/zoned-time';
import { expect, test } from 'vitest';
import { fillValidForm, LIST_NAME, listAnswered, NOTE, schedule, setup } from '../test/existing-callbacks-setup';

/** SPEC §12 through the real form: a clash with a listed callback asks first, and Retry after silence asks for the list again. */

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
