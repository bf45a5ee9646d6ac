import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { OpenWidgetOptions } from './open-widget';
import { openWidget } from './open-widget';

/** The clock of the form tests: a Tuesday morning, so the default window is 10:30–11:30. */
export const NOW = new Date(2026, 10, 24, 10, 0, 0);
export const now = () => NOW;
export const MODES = [
  { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' },
  { ModeID: '1', Description: 'Home', Cvalue: '6512345678' },
];

/** The form on call 12345, against a desktop that offers MODES and confirms callbacks unless told otherwise. */
export function setup(options: OpenWidgetOptions = {}) {
  return openWidget({ now, ...options, scenario: { modeList: MODES, ...options.scenario } });
}

export async function fillValidForm(user: ReturnType<typeof userEvent.setup>, comment = 'Customer asked for a callback after lunch') {
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Callback mode' }), 'Mobile · 6591462346');
  await user.type(screen.getByRole('textbox', { name: 'Comments' }), comment);
}
