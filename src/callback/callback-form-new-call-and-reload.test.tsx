import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fillValidForm, setup } from '../test/callback-setup';
import { createDraftStore, memoryBackend } from './draft-store';

/** A new call from the host while the form is open, and what a reload keeps: the draft, and a request still unanswered. */

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
