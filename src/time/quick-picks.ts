import type { Bounds, CallingHours } from './calling-hours';
import type { QuickPickId } from './quick-pick-ids';
import { nextAllowedWindow } from './calling-hours';
import type { ZonedWindow } from './zoned-time';
import type { TimeSettings } from './time-settings';
import { ceilToQuarter, earliestStart, latestStart, resolveZone, wallClockPlus } from './zoned-time';

/*
 * SPEC §11's one-click fixes of the window, on the customer's clock. Quick picks each give a
 * one-hour window, rounded up to the quarter hour, moved into calling hours when needed, and
 * never past the horizon; Move to next allowed time keeps the window's length. Loaded on the
 * first click: nothing a fresh form needs.
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

/** What a one-click fix of the window does: the window it sets, or why it sets none, in the agent's words. */
export type WindowFix = { window: ZonedWindow } | { note: string };

const boundsAt = (now: Temporal.Instant, zone: string, time: TimeSettings): Bounds => ({
  earliest: earliestStart(now),
  latest: latestStart(now, zone, time.maxDaysAhead),
});

/** Pressing a quick pick at `now`, in the zone the Customer time zone field holds. */
export function quickPick(id: QuickPickId, label: string, now: Temporal.Instant, zoneValue: string, time: TimeSettings): WindowFix {
  const zone = resolveZone(zoneValue);
  if (!zone) return { note: `Choose the customer's time zone first.` };
  const window = quickPickWindow(id, now, zone, time.callingHours, boundsAt(now, zone, time));
  return window ? { window } : { note: `${label} is past the ${time.maxDaysAhead}-day limit: choose a time by hand.` };
}

/** Move to next allowed time: the first window of the same length inside calling hours. */
export function moveIntoHours(window: ZonedWindow, now: Temporal.Instant, time: TimeSettings): WindowFix {
  const moved = nextAllowedWindow(window, time.callingHours, boundsAt(now, window.start.timeZoneId, time));
  return moved ? { window: moved } : { note: `There is no allowed time within ${time.maxDaysAhead} day${time.maxDaysAhead === 1 ? '' : 's'}: choose a time by hand.` };
}
