import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { unwrapPacket } from '../protocol/outgoing';
import { fillValidForm, setup } from '../test/callback-setup';

/** Schedule callback: the exact message sent, the errors that stop it, and each outcome (success, failure, WS_Error, silence, a late answer). */

test('submitting sends exactly the vendor message to the host origin', async () => {
  const { user, sent, targetOrigins } = setup();
  await fillValidForm(user, '  Call back after lunch  ');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  expect(sent('callbacks')[0]).toEqual({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'SetCallbackWithComments',
    source: 'set-callback-widget',
    data: {
      callid: '12345',
      AccountNumber: '5|3|1|0|0|44|1',
      StartDate: '24/11/2026',
      EndDate: '24/11/2026',
      StartTime: '10:30',
      EndTime: '11:30',
      CallbackModeId: 3,
      UserID: 'testagent',
      AgentComments: 'Call back after lunch',
      LeadScore: 40,
      TargetAmount: 150.5,
    },
  });
  expect(new Set(targetOrigins())).toEqual(new Set(['http://localhost:4174']));
});

test('a personal callback uses the personal subtopic, wrapped in a packet when a subscriber id is set', async () => {
  const { user, sent } = setup({ subscriberId: 'sub-7' });
  await fillValidForm(user);
  await user.click(screen.getByRole('radio', { name: 'Personal (only me)' }));
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  const packet = sent('callbacks')[0];
  expect(packet).toMatchObject({ channel: 'LCM', topic: '', subTopic: '', ResponseUrl: 'http://127.0.0.1:4173', SubscriberID: 'sub-7' });
  expect(packet && unwrapPacket(packet).subtopic).toBe('SetPersonalCallbackWithComments');
});

test('a failed submit shows each error beside its field and focuses the first invalid one', async () => {
  const { user, sent } = setup();
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  const endTime = screen.getByLabelText('End time');
  fireEvent.change(endTime, { target: { value: '10:00' } });
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const mode = screen.getByRole('combobox', { name: 'Callback mode' });
  // End time comes first on the page among the invalid fields.
  await waitFor(() => expect(endTime).toHaveFocus());
  expect(endTime).toHaveAttribute('aria-invalid', 'true');
  expect(mode).toHaveAttribute('aria-invalid', 'true');
  expect(mode).toHaveAccessibleDescription('Choose a callback mode.');
  expect(endTime).toHaveAccessibleDescription('End must be at or after the start.');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveAccessibleDescription(
    /Add a comment for the agent who calls back\./,
  );
  expect(sent('callbacks')).toHaveLength(0);
});

test('success locks the form for the call and offers Schedule another', async () => {
  const { user, drafts } = setup();
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const status = await screen.findByRole('status', { name: '' });
  await waitFor(() => expect(status).toHaveTextContent('Callback scheduled'));
  expect(status).toHaveTextContent('Tue 24 Nov, 10:30 to 11:30');
  expect(status).toHaveTextContent('Mobile · 6591462346');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Schedule callback' })).toBeDisabled();
  expect(drafts.loadDraft('12345')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Schedule another' }));
  expect(screen.getByRole('textbox', { name: 'Comments' })).toBeEnabled();
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('');
  expect(screen.queryByText('Callback scheduled')).not.toBeInTheDocument();
});

test('success: false shows an error toast and keeps everything the agent typed', async () => {
  const { user } = setup({ scenario: { schedule: 'failure', failureText: 'Campaign is closed.' } });
  await fillValidForm(user, 'keep me');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Campaign is closed.');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('keep me');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toBeEnabled();
  expect(screen.queryByText('Callback scheduled')).not.toBeInTheDocument();
});

test('a WS_Error shows the host text with the technical text in the details', async () => {
  const { user } = setup({ scenario: { schedule: 'ws-error' } });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('Invalid Call ID.')).toBeInTheDocument();
  expect(within(alert).getByText('WS_Error: Invalid Call ID:12345 (call 12345)')).toBeInTheDocument();
});

test('silence becomes an unknown outcome with Retry, and Retry sends again', async () => {
  const { user, sent, desktop } = setup({ timeoutMs: 60, scenario: { schedule: 'silent' } });
  await fillValidForm(user, 'still here');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The agent desktop did not answer. The callback may not have been scheduled.');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('still here');
  desktop.setScenario({ schedule: 'success' });
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(2));
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
});

test('a late answer after the timeout still settles the callback and says so', async () => {
  const { user, desktop } = setup({ timeoutMs: 40, scenario: { schedule: 'silent' } });
  await fillValidForm(user);
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await screen.findByRole('alert');
  desktop.reply('schedule', { scenario: { schedule: 'success' } });
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(screen.getByText(/confirmed it late/)).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a double click and Enter send exactly one message', async () => {
  const { user, sent } = setup({ scenario: { schedule: 'silent' } });
  await fillValidForm(user);
  const button = screen.getByRole('button', { name: 'Schedule callback' });
  await user.dblClick(button);
  await user.click(button);
  await user.type(screen.getByRole('spinbutton', { name: 'Lead score' }), '{Enter}');
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent('callbacks')).toHaveLength(1);
});

test('the comment counter counts live and flags a comment over 1000 characters', async () => {
  const { user } = setup();
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  const comments = screen.getByRole('textbox', { name: 'Comments' });
  await user.type(comments, 'hello');
  expect(screen.getByText('5 / 1000 characters')).toBeInTheDocument();
  fireEvent.change(comments, { target: { value: 'a'.repeat(1003) } });
  expect(await screen.findByText('1003 / 1000 characters (3 over the limit)')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  expect(await screen.findByText('Shorten the comment to 1000 characters (it has 1003).')).toBeInTheDocument();
  expect(comments).toHaveValue('a'.repeat(1003));
});
