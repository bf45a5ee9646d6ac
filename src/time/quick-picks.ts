import type { Bounds, CallingHours } from './calling-hours';
import { nextAllowedWindow } from './calling-hours';
import type { ZonedWindow } from './zoned-time';
import { ceilToQuarter } from './zoned-time';

/**
 * SPEC §11 quick picks, on the customer's clock: each gives a one-hour window, rounded up
 * to the quarter hour, moved into calling hours when needed, and never past the horizon.
 */
export const QUICK_PICKS = [
  { id: 'in-1-hour', label: 'In 1 hour' },
  { id: 'in-2-hours', label: 'In 2 hours' },
  { id: 'tomorrow-0900', label: 'Tomorrow 09:00' },
  { id: 'tomorrow-1400', label: 'Tomorrow 14:00' },
] as const;

export type QuickPickId = (typeof QUICK_PICKS)[number]['id'];

function pickStart(id: QuickPickId, now: Temporal.Instant, zone: string): Temporal.ZonedDateTime {
  const here = now.toZonedDateTimeISO(zone);
  switch (id) {
    case 'in-1-hour':
      return here.add({ hours: 1 });
    case 'in-2-hours':
      return here.add({ hours: 2 });
    case 'tomorrow-0900':
      return here.toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(9) });
    case 'tomorrow-1400':
      return here.toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(14) });
  }
}

/** The window a quick pick sets, in `zone`; `null` when the first allowed one is past the horizon. */
export function quickPickWindow(id: QuickPickId, now: Temporal.Instant, zone: string, hours: CallingHours | null, bounds: Bounds): ZonedWindow | null {
  const start = ceilToQuarter(pickStart(id, now, zone));
  return nextAllowedWindow({ start, end: start.add({ hours: 1 }) }, hours, bounds);
}
