import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { TEST_CALL } from '../test/open-widget';
import type { User } from '../test/existing-callbacks-setup';
import { fillValidForm, NOTE, schedule, setup } from '../test/existing-callbacks-setup';

/** SPEC §12 through the real form when the desktop sends no agent ID: the ID the agent types is the one asked about, on Schedule. */

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
