import type { CallingHours } from './calling-hours';
import { defaultCallingHours, describeCallingHours, parseCallingHours } from './calling-hours';
import { MAX_DAYS_AHEAD, resolveZone } from './zoned-time';

/**
 * The three zones and the rules of SPEC §11, as the URL sets them. A malformed value never
 * stops the widget: the default applies, and a note (shown beside the window) says so.
 */
export interface TimeSettings {
  /** The browser's zone. */
  agentZone: string;
  /** `customerTimeZone` as given, checked per call together with the call's own zone. */
  customerZoneParam: string | null;
  /** The zone the desktop reads StartDate/StartTime in: `scheduleTimeZone`, else the agent's. */
  scheduleZone: string;
  /** `null` when `callingHours=off`. */
  callingHours: CallingHours | null;
  maxDaysAhead: number;
  /** What was malformed, and what applies instead, in words for the agent. */
  notes: string[];
}

export interface TimeParams {
  customerTimeZone?: string | undefined;
  scheduleTimeZone?: string | undefined;
  callingHours?: string | undefined;
  maxDaysAhead?: string | undefined;
}

export const MAX_DAYS_AHEAD_LIMIT = 365;

export function readTimeSettings(params: TimeParams, agentZone: string): TimeSettings {
  const notes: string[] = [];
  let scheduleZone = agentZone;
  if (params.scheduleTimeZone) {
    const zone = resolveZone(params.scheduleTimeZone);
    if (zone) scheduleZone = zone;
    else notes.push(`The desktop's scheduleTimeZone “${params.scheduleTimeZone}” is not a time zone: times are sent in yours (${agentZone}).`);
  }
  const defaultHours = defaultCallingHours();
  let callingHours: CallingHours | null = defaultHours;
  if (params.callingHours) {
    const parsed = parseCallingHours(params.callingHours);
    if (parsed !== 'invalid') callingHours = parsed;
    else notes.push(`The desktop's callingHours “${params.callingHours}” is not valid: using ${describeCallingHours(defaultHours)}.`);
  }
  let maxDaysAhead = MAX_DAYS_AHEAD;
  if (params.maxDaysAhead) {
    const days = Number(params.maxDaysAhead);
    if (/^\d+$/.test(params.maxDaysAhead) && days >= 1 && days <= MAX_DAYS_AHEAD_LIMIT) maxDaysAhead = days;
    else notes.push(`The desktop's maxDaysAhead “${params.maxDaysAhead}” is not a whole number of days from 1 to ${MAX_DAYS_AHEAD_LIMIT}: using ${MAX_DAYS_AHEAD}.`);
  }
  return { agentZone, customerZoneParam: params.customerTimeZone || null, scheduleZone, callingHours, maxDaysAhead, notes };
}

export interface CustomerZone {
  zone: string;
  /** Why the agent's zone stands in, in words; `null` when the desktop named a valid zone. */
  note: string | null;
}

/**
 * SPEC §11: the URL's `customerTimeZone`, else the call's `CallVariables.TimeZone`; an
 * unknown or invalid name falls back to the agent's zone, and the note says so.
 */
export function customerZoneOf(settings: TimeSettings, callZone: string | null | undefined): CustomerZone {
  const given = settings.customerZoneParam || callZone || null;
  if (!given) return { zone: settings.agentZone, note: `The desktop did not say the customer's time zone: using yours (${settings.agentZone}).` };
  const zone = resolveZone(given);
  if (zone) return { zone, note: null };
  return { zone: settings.agentZone, note: `The desktop gave “${given}”, which is not a time zone: using yours (${settings.agentZone}).` };
}
