import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { unwrapPacket } from '../protocol/outgoing';
import { fillValidForm, setup } from '../test/callback-setup';
import { createDraftStore, memoryBackend } from './draft-store';

test('the form is pre-filled from the call and asks the host for its modes', async () => {
  const { sent, targetOrigins } = setup();
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveAttribute('readonly');
  expect(screen.getByRole('textbox', { name: 'Account number' })).toHaveValue('5|3|1|0|0|44|1');
  expect(screen.getByRole('textbox', { name: 'Agent ID' })).toHaveAttribute('readonly');
  expect(screen.getByRole('spinbutton', { name: 'Lead score' })).toHaveValue(40);
  expect(screen.getByRole('spinbutton', { name: 'Target amount' })).toHaveValue(150.5);
  expect(screen.getByRole('radio', { name: 'Regular (any agent)' })).toBeChecked();
  expect(screen.getByLabelText('Start date')).toHaveValue('2026-11-24');
  expect(screen.getByLabelText('Start time')).toHaveValue('10:30');
  expect(screen.getByLabelText('End time')).toHaveValue('11:30');
  await waitFor(() => expect(sent()).toHaveLength(1));
  expect(sent()[0]).toEqual({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'GetCallBackModes',
    source: 'set-callback-widget',
    data: { callid: '12345', AccountNumber: '5|3|1|0|0|44|1' },
  });
  expect(targetOrigins()).toEqual(['http://localhost:4174']);
});

test('while modes load only the mode field waits; the agent can already type a comment', async () => {
  const { user, desktop } = setup({ scenario: { modes: 'silent' } });
  const mode = screen.getByRole('combobox', { name: 'Callback mode' });
  expect(mode).toHaveAttribute('aria-disabled', 'true');
  expect(within(mode).getByRole('option', { name: 'Loading the desktop’s numbers…' })).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'typed early');
  await waitFor(() => expect(desktop.requests('modes')).toHaveLength(1));
  desktop.reply('modes', { scenario: { modes: 'list' } });
  expect(await screen.findByRole('option', { name: 'Mobile · 6591462346' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Callback mode' })).not.toHaveAttribute('aria-disabled');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('typed early');
});

test('a submit while modes load moves focus to the mode field, which keeps it when the numbers arrive', async () => {
  const { user, desktop, sent } = setup({ scenario: { modes: 'silent' } });
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'submitted early');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  const mode = screen.getByRole('combobox', { name: 'Callback mode' });
  await waitFor(() => expect(mode).toHaveFocus());
  expect(mode).toHaveAccessibleDescription(/Choose a callback mode/);
  await waitFor(() => expect(desktop.requests('modes')).toHaveLength(1));
  desktop.reply('modes', { scenario: { modes: 'list' } });
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Callback mode' })).toHaveFocus());
  expect(sent('callbacks')).toEqual([]);
});

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

test('with no modes from the host the agent types the mode ID', async () => {
  const { user, sent } = setup({ scenario: { modes: 'empty' } });
  const mode = await screen.findByRole('spinbutton', { name: 'Callback mode' });
  expect(mode).toHaveAccessibleDescription(/^The agent desktop offered no numbers for this call\. Retry, or type the mode ID\. A mode ID is the number \(ModeID\)/);
  await user.type(mode, '7');
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'typed mode');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(sent('callbacks')).toHaveLength(1));
  expect(sent('callbacks')[0]).toMatchObject({ data: { CallbackModeId: 7 } });
});

test('a host that never sends modes falls back to a typed mode ID', async () => {
  setup({ modesTimeoutMs: 30, scenario: { modes: 'silent' } });
  expect(await screen.findByRole('spinbutton', { name: 'Callback mode' })).toBeInTheDocument();
});

test('a mode the host did not offer is refused', async () => {
  const modeList = [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }, { ModeID: '4', Description: 'Work', Cvalue: '1' }];
  const { user, sent } = setup({ scenario: { modeList } });
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'x');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  expect(await screen.findByText('Choose a callback mode.')).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(0);
});

test('with no active call the form says so and offers nothing to press', async () => {
  setup({ context: null });
  expect(await screen.findByRole('heading', { name: 'No active call' })).toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
});

const NEW_CALL = { callid: '777', accountNumber: '137|1|3|0|0|84|', userId: 'testagent', leadScore: '', targetAmount: '' };

test('a pristine form follows a new call from the host', async () => {
  const { desktop } = setup();
  desktop.pushCall(NEW_CALL);
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('777'));
  expect(screen.getByRole('textbox', { name: 'Account number' })).toHaveValue('137|1|3|0|0|84|');
});

test('a form with edits keeps its call and offers to switch to the new one', async () => {
  const { desktop, user } = setup();
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), 'half-written note');
  desktop.pushCall(NEW_CALL);
  expect(await screen.findByText('A new call is active (777)')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('half-written note');
  await user.click(screen.getByRole('button', { name: 'Switch' }));
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('777');
  expect(screen.queryByText(/A new call is active/)).not.toBeInTheDocument();
});

/** Types a comment, lets it be saved as the draft, closes the widget and opens it again for the same call. */
async function reopenWithDraft(comment: string) {
  const drafts = createDraftStore(memoryBackend());
  const first = setup({ drafts });
  await first.user.type(screen.getByRole('textbox', { name: 'Comments' }), comment);
  await waitFor(() => expect(drafts.loadDraft('12345')?.comments).toBe(comment));
  first.view.unmount();
  first.close();
  return setup({ drafts });
}

test('a draft is restored when the widget is opened again for the same call', async () => {
  await reopenWithDraft('survives a reload');
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('survives a reload');
});

test('a restored draft is an edit: undoing a change to it still keeps the call when a new one comes', async () => {
  const { desktop, user } = await reopenWithDraft('from before the reload');
  const comments = screen.getByRole('textbox', { name: 'Comments' });
  await user.type(comments, 'x');
  await user.type(comments, '{Backspace}');
  expect(comments).toHaveValue('from before the reload');
  desktop.pushCall(NEW_CALL);
  expect(await screen.findByText('A new call is active (777)')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  expect(comments).toHaveValue('from before the reload');
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

test('a request left unanswered by a reload is announced, not forgotten, and its late answer settles it', async () => {
  const drafts = createDraftStore(memoryBackend());
  drafts.saveRecord('sent', '12345', { summary: 'Regular callback, 24/11/2026 10:30 – 11:30, to Mobile · 6591462346.', at: Date.now() });
  const { desktop, sent } = setup({ drafts });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('A callback request was sent before the widget reloaded');
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  expect(sent('callbacks')).toHaveLength(0);
  desktop.reply('schedule', { callid: '12345', scenario: { schedule: 'success' } });
  expect(await screen.findByText('Callback scheduled')).toBeInTheDocument();
  expect(screen.getByText(/to Mobile · 6591462346\. The agent desktop confirmed it late\./)).toBeInTheDocument();
  expect(drafts.loadRecord('sent', '12345')).toBeNull();
});

test('the task that sends the callback also keeps the draft and marks it unanswered, so a reload right after finds both; the words follow', async () => {
  const drafts = createDraftStore(memoryBackend());
  // What a reload would find at the first moment after the message left, before any other task runs.
  let atSend: { comments: string | undefined; sent: string | undefined } | null = null;
  const { user, desktop } = setup({
    drafts,
    scenario: { schedule: 'silent' },
    wrapBridge: (bridge) => ({
      ...bridge,
      scheduleCallback(...args) {
        const answer = bridge.scheduleCallback(...args);
        queueMicrotask(() => {
          atSend = { comments: drafts.loadDraft('12345')?.comments, sent: drafts.loadRecord('sent', '12345')?.summary };
        });
        return answer;
      },
    }),
  });
  await fillValidForm(user, 'Call after lunch');
  await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(desktop.requests('schedule')).toHaveLength(1));
  expect(atSend).toEqual({ comments: 'Call after lunch', sent: expect.any(String) });
  await waitFor(() => expect(drafts.loadRecord('sent', '12345')?.summary).toMatch(/^Regular callback, .* to Mobile · 6591462346\.$/));
  desktop.reply('schedule', { scenario: { schedule: 'success' } });
  expect(await screen.findByText(/^Regular callback, .* to Mobile · 6591462346\.$/)).toBeInTheDocument();
  expect(drafts.loadRecord('sent', '12345')).toBeNull();
});

test('a request sent more than five minutes before the reload is not announced', () => {
  const drafts = createDraftStore(memoryBackend());
  drafts.saveRecord('sent', '12345', { summary: 'old', at: Date.now() - 6 * 60 * 1000 });
  setup({ drafts });
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(drafts.loadRecord('sent', '12345')).toBeNull();
});
