import { screen, waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { fillValidForm as fillForm, setup } from './callback-setup';

/**
 * What the src/callback/existing-callbacks-*.test.tsx files share: SPEC §12 through the real
 * form, the real bridge and the simulated desktop, on the one fixed clock of callback-setup.ts.
 */

export { setup };

export const LIST_NAME = 'Already scheduled for this customer';
export const NOTE = 'Existing callbacks could not be checked';

export type User = ReturnType<typeof userEvent.setup>;

/** The default window (today 10:30 to 11:30), Mobile, a comment. */
export const fillValidForm = (user: User) => fillForm(user, 'Wants the renewal quote');

export const schedule = (user: User) => user.click(screen.getByRole('button', { name: 'Schedule callback' }));
export const listAnswered = (desktop: ReturnType<typeof setup>['desktop']) =>
  waitFor(() => expect(desktop.traffic().some((entry) => entry.subtopic === 'GetPersonalCallbackListResult')).toBe(true));
