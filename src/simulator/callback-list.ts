import { defaultCallingHours, openingWindow } from '../time/calling-hours';
import { MAX_DAYS_AHEAD, vendorDate, vendorTime } from '../time/zoned-time';
import type { CallbackListScenario, WireMode } from './scenario';
import type { WireCallback } from './wire';

/**
 * The callbacks a scenario lists besides those the desktop booked (SPEC §12): data around
 * the desktop's clock, written as the vendor writes them (`DD/MM/YYYY`, times with seconds)
 * in the zone it schedules in.
 */

/** Numbers of other customers: never one of the demo modes. */
const OTHER_CUSTOMERS = ['+65 6222 0000', '6598765432'];

/** `6591462346` → `+65 9146-2346`: the widget compares digits only. */
const formatted = (digits: string) => (digits.length === 10 ? `+${digits.slice(0, 2)} ${digits.slice(2, 6)}-${digits.slice(6)}` : digits);

/** A callback in the window a fresh form starts with (now + 30 min, rounded, for an hour): every new form clashes with it. */
function inDefaultWindow(row: number, value: string, description: string, now: Temporal.Instant, zone: string): WireCallback {
  // The window a form with the default settings opens with (calling hours included).
  const { start, end } = openingWindow(now, zone, defaultCallingHours(), MAX_DAYS_AHEAD);
  return {
    RowNumber: row,
    CampaignID: '5',
    ContactID: `C-${1000 + row}`,
    ModeNumber: String(row),
    ModeDesc: description,
    CValue: value,
    CallStartDate: vendorDate(start),
    CallStartTime: `${vendorTime(start)}:00`,
    CallEndDate: vendorDate(end),
    CallEndTime: `${vendorTime(end)}:00`,
  };
}

/** Entries that each break one rule of the answer: the widget drops every one. */
const BROKEN: readonly unknown[] = [
  { CValue: '6591462346', CallStartDate: '31/02/2026', CallStartTime: '10:00', CallEndDate: '31/02/2026', CallEndTime: '11:00' },
  { CValue: '6591462346', CallStartDate: '01/03/2026', CallStartTime: '25:00', CallEndDate: '01/03/2026', CallEndTime: '26:00' },
  { CValue: '6591462346', CallStartDate: '2026-03-01', CallStartTime: '10:00' },
  { CValue: null, CallStartDate: '01/03/2026', CallStartTime: '10:00', CallEndDate: '01/03/2026', CallEndTime: '11:00' },
  'RowNumber=7;CValue=6591462346',
  null,
];

export function scenarioCallbacks(scenario: CallbackListScenario, modes: readonly WireMode[], now: Temporal.Instant, zone: string): unknown[] {
  const customer = modes[0];
  const theirs = (row: number) => inDefaultWindow(row, formatted(customer?.Cvalue ?? ''), customer?.Description ?? '', now, zone);
  const others = OTHER_CUSTOMERS.map((value, index) => inDefaultWindow(90 + index, value, 'Mobile', now, zone));
  switch (scenario) {
    case 'clash':
      return customer ? [theirs(1), ...others.slice(0, 1)] : others.slice(0, 1);
    case 'others':
      return others;
    case 'malformed':
      return customer ? [...BROKEN, theirs(1)] : [...BROKEN];
    default:
      return [];
  }
}
