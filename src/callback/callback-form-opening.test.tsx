import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { setup } from '../test/callback-setup';

/** The form as it opens: pre-filled from the call, waiting for the desktop's modes, a typed mode ID when none come, no call at all. */

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
