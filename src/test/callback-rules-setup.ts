import type { CallbackMode } from '../protocol/incoming';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';
import type { SchemaOptions } from '../callback/callback-rules';
import { parseCallback } from '../callback/callback-rules';
import type { CallbackFormValues } from '../callback/form-values';
import { SAMPLE_FORM_VALUES } from './fixtures';

/** What the src/callback/callback-rules-*.test.ts files share: one fixed clock, the modes the host offered, and each issue as the agent would read it. */

// 10 June 2026, 10:00:30 on the agent's local clock, and the window entered in the agent's zone.
export const NOW = new Date(2026, 5, 10, 10, 0, 30);
export const ZONE = agentZone();
/** A URL without SPEC §11 parameters: calling hours 08:00 to 21:00, 30 days ahead. */
export const TIME = readTimeSettings({}, ZONE);

export const MODES: CallbackMode[] = [
  { id: 1, description: 'Home', value: '6512345678' },
  { id: 3, description: 'Mobile', value: '6591462346' },
];

export const valid = (overrides: Partial<CallbackFormValues> = {}): CallbackFormValues => ({ ...SAMPLE_FORM_VALUES, ...overrides });

export function parse(values: CallbackFormValues, options: Partial<SchemaOptions> = {}) {
  return parseCallback(values, { now: () => NOW, modes: MODES, time: TIME, ...options });
}

/** Every issue as `path: message`, so a test states exactly what the agent would see. */
export function issues(values: CallbackFormValues, options: Partial<SchemaOptions> = {}): string[] {
  const result = parse(values, options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
