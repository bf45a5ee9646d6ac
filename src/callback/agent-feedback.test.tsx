import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fillValidForm, setup } from '../test/callback-setup';
import { createDraftStore, memoryBackend } from './draft-store';

/** What an agent sees around a send: why it failed and what next, the wait, where focus goes (issue #13). */

const textsOf = (element: HTMLElement) => [...element.querySelectorAll('p')].map((paragraph) => paragraph.textContent);

test('a WS_Error says "Callback not scheduled", then the desktop\'s own text, then what to do', async () => {
  const { user } = setup({ scenario: { schedule: 'ws-error' } });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const alert = await screen.findByRole('alert', { name: 'Callback not scheduled' });
  expect(textsOf(alert)).toEqual([
    'Callback not scheduled',
    'Invalid Call ID.',
    'Everything you typed is kept. Check the call in the agent desktop, then press Schedule callback again.',
  ]);
});

test('success: false without a reason still says what happened, and the details name the call', async () => {
  const { user } = setup({ scenario: { schedule: 'failure' } });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const alert = await screen.findByRole('alert', { name: 'Callback not scheduled' });
  expect(textsOf(alert).slice(0, 2)).toEqual(['Callback not scheduled', 'The agent desktop could not schedule the callback.']);
  expect(within(alert).getByText('success: false (call 12345)')).toBeInTheDocument();
});

test('Escape closes the newest toast and focus returns to Schedule callback, never to the page', async () => {
  const { user } = setup({ scenario: { schedule: 'ws-error' } });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const alert = await screen.findByRole('alert');
  await user.click(within(alert).getByText('Technical details'));
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Schedule callback' })).toHaveFocus();
});

test('Escape in the clash dialog belongs to the dialog: the toast behind it stays', async () => {
  const { user } = setup({ scenario: { schedule: 'ws-error', callbackList: 'clash' } });
  await screen.findByRole('list', { name: 'Already scheduled for this customer' });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Schedule anyway' }));
  await screen.findByRole('alert', { name: 'Callback not scheduled' });
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Change time' })).toHaveFocus());
  await user.keyboard('{Escape}');
  expect(screen.getByRole('alert', { name: 'Callback not scheduled' })).toBeInTheDocument();
});

test('while the desktop answers the form is locked, shows the time waited against the timeout, and offers no Cancel', async () => {
  const { user, desktop } = setup({ timeoutMs: 20_000, scenario: { schedule: 'silent' } });
  await fillValidForm(user, 'as sent');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  expect(await screen.findByText('Sending to the agent desktop…')).toBeInTheDocument();
  expect(await screen.findByRole('progressbar', { name: 'Time waited for the agent desktop' })).toHaveAttribute('max', '20');
  expect(screen.getByText(/^0 s of 20 s/)).toBeInTheDocument();
  for (const field of [screen.getByRole('textbox', { name: 'Comments' }), screen.getByRole('combobox', { name: 'Callback mode' }), screen.getByLabelText('Start date')]) {
    expect(field).toBeDisabled();
  }
  expect(screen.getByRole('button', { name: 'Schedule callback' })).toBeDisabled();
  expect(screen.queryByRole('button', { name: /cancel/i })).not.toBeInTheDocument();
  // The form locked under the agent's focus: the wait holds it, not the page.
  await waitFor(() => expect(screen.getByRole('progressbar').parentElement).toHaveFocus());
  desktop.reply('schedule', { scenario: { schedule: 'failure' } });
  await screen.findByRole('alert');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toBeEnabled();
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('as sent');
  // The hand-over runs once the answer's commit is done, a moment after the alert shows.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Schedule callback' })).toHaveFocus());
});

test('Schedule another puts the focus on Start date, the first field the agent changes', async () => {
  const { user } = setup();
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await user.click(await screen.findByRole('button', { name: 'Schedule another' }));
  await waitFor(() => expect(screen.getByLabelText('Start date')).toHaveFocus());
});

test('no modes from the desktop: Retry loading numbers asks again, and the list takes the focus', async () => {
  const { user, desktop } = setup({ scenario: { modes: 'empty' } });
  const retry = await screen.findByRole('button', { name: 'Retry loading numbers' });
  desktop.setScenario({ modes: 'list' });
  await user.click(retry);
  const mode = await screen.findByRole('combobox', { name: 'Callback mode' });
  await waitFor(() => expect(mode).toHaveFocus());
  expect(within(mode).getByRole('option', { name: 'Mobile · 6591462346' })).toBeInTheDocument();
  expect(desktop.requests('modes')).toHaveLength(2);
});

const NEW_CALL = { callid: '777', accountNumber: '137|1|3|0|0|84|', userId: 'testagent', leadScore: '', targetAmount: '' };

test('a switch says what happens to the draft and its warning, and the draft comes back until discarded', async () => {
  const drafts = createDraftStore(memoryBackend());
  const { user, desktop } = setup({ drafts, timeoutMs: 50, scenario: { schedule: 'silent' } });
  await fillValidForm(user, 'for call 12345');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await screen.findByRole('alert', { name: 'The agent desktop did not answer. The callback may not have been scheduled.' });
  desktop.pushCall(NEW_CALL);
  expect(await screen.findByText(/^Switching keeps/)).toHaveTextContent(
    'Switching keeps your draft for call 12345, and its last callback request is unconfirmed and may have been scheduled. You can go back to it until its callback is scheduled or you discard it.',
  );
  await user.click(screen.getByRole('button', { name: 'Switch' }));
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('777');
  expect(await screen.findByText('Your draft for call 12345 is kept')).toBeInTheDocument();
  expect(screen.getByText('Call 12345: its last callback request is unconfirmed and may have been scheduled. Check the desktop before scheduling it again.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Back to call 12345' }));
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('for call 12345');
  expect(await screen.findByRole('alert')).toHaveTextContent('It may have been scheduled.');
  expect(screen.getByText('A new call is active (777)')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Switch' }));
  await user.click(await screen.findByRole('button', { name: 'Discard draft' }));
  expect(screen.queryByText(/Your draft for call 12345/)).not.toBeInTheDocument();
  expect(drafts.loadDraft('12345')).toBeNull();
});

test('the call kept aside is settled by its late confirmation: its draft goes, and the agent is told', async () => {
  const drafts = createDraftStore(memoryBackend());
  const { user, desktop } = setup({ drafts, timeoutMs: 50, scenario: { schedule: 'silent' } });
  await fillValidForm(user, 'for call 12345');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await screen.findByRole('alert');
  desktop.pushCall(NEW_CALL);
  await user.click(await screen.findByRole('button', { name: 'Switch' }));
  await screen.findByText('Your draft for call 12345 is kept');
  act(() => desktop.reply('schedule', { callid: '12345', scenario: { schedule: 'success' } }));
  expect(await screen.findByText('The agent desktop confirmed the callback for call 12345 late. Its draft is cleared.')).toBeInTheDocument();
  expect(drafts.loadDraft('12345')).toBeNull();
  expect(drafts.loadRecord('scheduled', '12345')?.summary).toMatch(/The agent desktop confirmed it late\.$/);
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('777');
});
