import type { ZonedWindow } from './zoned-time';
import { ceilToQuarter, defaultWindow, earliestStart, latestStart, wallClockLength, wallClockPlus } from './zoned-time';

/**
 * Legal calling hours (SPEC §11): the hours of the customer's day in which a callback may
 * ring, every day, on the customer's wall clock. A window fits when all of it lies inside
 * one day's hours. `null` means the integrator switched the rule off (`callingHours=off`).
 */
export interface CallingHours {
  from: Temporal.PlainTime;
  to: Temporal.PlainTime;
}


/** 08:00 to 21:00. A function, not a constant: Temporal may be a polyfill that loads after this module. */
export const defaultCallingHours = (): CallingHours => ({ from: new Temporal.PlainTime(8), to: new Temporal.PlainTime(21) });

const HOURS = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;

function plainTime(hour: string | undefined, minute: string | undefined): Temporal.PlainTime | null {
  const [h, m] = [Number(hour), Number(minute)];
  return h <= 23 && m <= 59 ? new Temporal.PlainTime(h, m) : null;
}

/**
 * `08:00-21:00` → the hours; `off` → `null` (no rule); anything else, including a range
 * that ends before it starts, → `'invalid'`, for which the caller applies the default and
 * says so.
 */
export function parseCallingHours(raw: string): CallingHours | null | 'invalid' {
  const value = raw.trim();
  if (value.toLowerCase() === 'off') return null;
  const match = HOURS.exec(value);
  if (!match) return 'invalid';
  const from = plainTime(match[1], match[2]);
  const to = plainTime(match[3], match[4]);
  if (!from || !to || Temporal.PlainTime.compare(from, to) >= 0) return 'invalid';
  return { from, to };
}

const hhmm = (time: Temporal.PlainTime) => time.toString({ smallestUnit: 'minute' });

/** `08:00 to 21:00`. */
export const describeCallingHours = ({ from, to }: CallingHours): string => `${hhmm(from)} to ${hhmm(to)}`;

/** That day's hours in the window's zone. */
function hoursOn(date: Temporal.PlainDate, hours: CallingHours, zone: string): ZonedWindow {
  return {
    start: date.toZonedDateTime({ timeZone: zone, plainTime: hours.from }),
    end: date.toZonedDateTime({ timeZone: zone, plainTime: hours.to }),
  };
}

const before = (a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime) => Temporal.ZonedDateTime.compare(a, b) < 0;

/** The whole window lies inside the calling hours of the day it starts on, in its own zone. */
export function withinCallingHours({ start, end }: ZonedWindow, hours: CallingHours | null): boolean {
  if (!hours) return true;
  const day = hoursOn(start.toPlainDate(), hours, start.timeZoneId);
  return !before(start, day.start) && !before(day.end, end);
}

export interface Bounds {
  /** No start before this (now, in practice). */
  earliest: Temporal.Instant;
  /** No start after this (the `maxDaysAhead` horizon). */
  latest: Temporal.Instant;
}

/**
 * The first window at or after `window.start` (and not before `bounds.earliest`) that
 * fits the calling hours, keeping the window's length on the wall clock; a window longer than a day's hours
 * is shortened to them. Starts land on a quarter hour. `null` when no such window starts
 * before the horizon.
 */
export function nextAllowedWindow(window: ZonedWindow, hours: CallingHours | null, bounds: Bounds): ZonedWindow | null {
  const zone = window.start.timeZoneId;
  const length = wallClockLength(window);
  let start = window.start;
  if (Temporal.Instant.compare(start.toInstant(), bounds.earliest) < 0) start = ceilToQuarter(bounds.earliest.toZonedDateTimeISO(zone));
  if (!hours) return fits(start, length, bounds);
  // One day at a time; the horizon bounds the loop (a day more for the day the window starts on).
  const days = Math.ceil(start.toInstant().until(bounds.latest).total({ unit: 'hours' }) / 24) + 1;
  for (let day = 0; day <= days; day += 1) {
    const allowed = hoursOn(start.toPlainDate(), hours, zone);
    if (before(start, allowed.start)) start = allowed.start;
    const daySpan = wallClockLength(allowed);
    const kept = Temporal.Duration.compare(length, daySpan) <= 0 ? length : daySpan;
    if (!before(allowed.end, wallClockPlus(start, kept))) return fits(start, kept, bounds);
    start = hoursOn(start.toPlainDate().add({ days: 1 }), hours, zone).start;
  }
  return null;
}

/**
 * SPEC §4 and §11: the window a fresh form starts with: 30 minutes from now, on the quarter
 * hour, for an hour, in `zone`, moved into the calling hours when it falls outside them.
 */
export function openingWindow(now: Temporal.Instant, zone: string, hours: CallingHours | null, maxDaysAhead: number): ZonedWindow {
  const window = defaultWindow(now, zone);
  const bounds = { earliest: earliestStart(now), latest: latestStart(now, zone, maxDaysAhead) };
  return nextAllowedWindow(window, hours, bounds) ?? window;
}

function fits(start: Temporal.ZonedDateTime, length: Temporal.Duration, { latest }: Bounds): ZonedWindow | null {
  return Temporal.Instant.compare(start.toInstant(), latest) > 0 ? null : { start, end: wallClockPlus(start, length) };
}
