import type { Bounds, CallingHours } from './calling-hours';
import type { QuickPickId } from './quick-pick-ids';
import { nextAllowedWindow } from './calling-hours';
import type { ZonedWindow } from './zoned-time';
import { ceilToQuarter, wallClockPlus } from './zoned-time';

/*
 * SPEC §11 quick picks, on the customer's clock: each gives a one-hour window, rounded up
 * to the quarter hour, moved into calling hours when needed, and never past the horizon.
 * Loaded on the first pick.
 */

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
  return nextAllowedWindow({ start, end: wallClockPlus(start, { hours: 1 }) }, hours, bounds);
}
