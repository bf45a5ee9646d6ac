/**
 * All the widget's time arithmetic, in one place, on Temporal: the zone rules come from the
 * browser's own time-zone database, never from offsets kept here. A callback window is
 * entered as wall-clock values (`<input type="date">` `2020-07-03`, `<input type="time">`
 * `13:45`) in a named IANA zone, becomes a pair of `ZonedDateTime`s, and is compared as
 * instants. The vendor's `DD/MM/YYYY` and `HH:mm` are written only from a `ZonedDateTime`.
 *
 * Chromium and Firefox ESR ship Temporal; `ensureTemporal` loads a polyfill elsewhere.
 */

/** The four input values of a window, exactly as the form holds them. */
export interface WindowInputs {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

export interface ZonedWindow {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
}

/** Loads a maintained polyfill where the browser has no Temporal; a no-op where it has. */
export async function ensureTemporal(): Promise<void> {
  if (!('Temporal' in globalThis)) await import('temporal-polyfill/global');
}

/**
 * The agent's zone: the browser's, the same as `Intl.DateTimeFormat().resolvedOptions()`
 * reports. Read through Temporal: the first `Intl.DateTimeFormat` of a page loads locale
 * data, 70–700 ms at 4× CPU throttle, which the pre-filled form must not wait for.
 */
export const agentZone = (): string => Temporal.Now.timeZoneId();

export const instantOf = (date: Date): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(date.getTime());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INPUT_TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

/** `YYYY-MM-DD` as a real calendar date (no 31 February), else `null`. */
export function parseDateInput(value: string): Temporal.PlainDate | null {
  if (!ISO_DATE.test(value)) return null;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    return null;
  }
}

/** `HH:mm`, or with the seconds some browsers add (dropped), else `null`. */
export function parseTimeInput(value: string): Temporal.PlainTime | null {
  const match = INPUT_TIME.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? new Temporal.PlainTime(hour, minute) : null;
}

/**
 * The moment a date and time input pair names in `zone`, or `null` if either is not a
 * real value. A wall-clock time that a DST change skips or repeats resolves the
 * 'compatible' way: later across a gap, the first occurrence across an overlap (SPEC §11).
 * `wallClockIn` says which of the three it was.
 */
export function zonedAt(dateValue: string, timeValue: string, zone: string): Temporal.ZonedDateTime | null {
  const date = parseDateInput(dateValue);
  const time = parseTimeInput(timeValue);
  if (!date || !time) return null;
  return date.toZonedDateTime({ timeZone: zone, plainTime: time });
}

/** How a wall-clock time maps to instants in a zone on a given day (SPEC §11, DST). */
export type WallClock =
  | { kind: 'exact'; at: Temporal.ZonedDateTime }
  /** Skipped by a spring-forward jump; `jumpTo` is the first valid moment after it. */
  | { kind: 'skipped'; date: Temporal.PlainDate; time: Temporal.PlainTime; jumpTo: Temporal.ZonedDateTime }
  /** Lived twice (fall back); `at` is the first occurrence, the one the widget takes. */
  | { kind: 'repeated'; at: Temporal.ZonedDateTime };

export function wallClockIn(dateValue: string, timeValue: string, zone: string): WallClock | null {
  const date = parseDateInput(dateValue);
  const time = parseTimeInput(timeValue);
  if (!date || !time) return null;
  const local = date.toPlainDateTime(time);
  const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
  if (!earlier.toPlainDateTime().equals(local)) {
    // Across a gap 'earlier' lands before it; the transition after that is where clocks jump to.
    const jumpTo = earlier.getTimeZoneTransition('next') ?? local.toZonedDateTime(zone, { disambiguation: 'later' });
    return { kind: 'skipped', date, time, jumpTo };
  }
  const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
  return earlier.equals(later) ? { kind: 'exact', at: earlier } : { kind: 'repeated', at: earlier };
}

/**
 * An IANA zone name as the browser's zone database spells it (`america/chicago` →
 * `America/Chicago`), or `null` for anything else, fixed offsets such as `+02:00` included.
 */
export function resolveZone(name: string | null | undefined): string | null {
  const value = name?.trim() ?? '';
  if (value === '' || !/^[A-Za-z]/.test(value)) return null;
  try {
    return Temporal.Now.zonedDateTimeISO(value).timeZoneId;
  } catch {
    return null;
  }
}

/** Rounded up to the next quarter hour on the zone's wall clock (a :30 or :45 offset still lands on a quarter). */
export const ceilToQuarter = (at: Temporal.ZonedDateTime): Temporal.ZonedDateTime =>
  at.round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode: 'ceil' });

/**
 * `at` moved by `length` on its own wall clock: an hour after 01:30 is 02:30, even the night
 * the clocks go back. The form's fields hold wall-clock times, and a time that comes twice
 * reads as its first occurrence (`zonedAt`), so an end computed in exact hours (01:30 EDT +
 * 1 h = 01:30 EST) would read back as the start itself.
 */
export const wallClockPlus = (at: Temporal.ZonedDateTime, length: Temporal.Duration | Temporal.DurationLike): Temporal.ZonedDateTime =>
  at.toPlainDateTime().add(length).toZonedDateTime(at.timeZoneId);

/** A window's length on its wall clock, the length `wallClockPlus` keeps. */
export const wallClockLength = ({ start, end }: ZonedWindow): Temporal.Duration =>
  start.toPlainDateTime().until(end.toPlainDateTime(), { largestUnit: 'hour' });

export const toDateInput = (at: Temporal.ZonedDateTime): string => at.toPlainDate().toString();
export const toTimeInput = (at: Temporal.ZonedDateTime): string => at.toPlainTime().toString({ smallestUnit: 'minute' });

/** The four inputs of a window, in the order the form shows them. */
export const WINDOW_KEYS = ['startDate', 'startTime', 'endDate', 'endTime'] as const satisfies readonly (keyof WindowInputs)[];

/** The window four inputs hold in `zone`: both ends real moments, the end not before the start; else `null`. */
export function zonedWindow({ startDate, startTime, endDate, endTime }: WindowInputs, zone: string | null): ZonedWindow | null {
  if (!zone) return null;
  const start = zonedAt(startDate, startTime, zone);
  const end = zonedAt(endDate, endTime, zone);
  return start && end && Temporal.ZonedDateTime.compare(start, end) <= 0 ? { start, end } : null;
}

/**
 * A start moved from `before`'s to `after`'s carries the end with it: the window keeps its
 * wall-clock length. The end's new inputs, or `null` when there is nothing to carry (the
 * start did not move, is not a real moment, or `before` was no window).
 */
export function carriedEnd(before: WindowInputs, after: Pick<WindowInputs, 'startDate' | 'startTime'>, zone: string | null): Pick<WindowInputs, 'endDate' | 'endTime'> | null {
  const old = zonedWindow(before, zone);
  const start = zone ? zonedAt(after.startDate, after.startTime, zone) : null;
  if (!old || !start || Temporal.ZonedDateTime.compare(start, old.start) === 0) return null;
  const end = wallClockPlus(start, wallClockLength(old));
  return { endDate: toDateInput(end), endTime: toTimeInput(end) };
}

/** The window as the four input values, on the clock of `at`'s zone. */
export function windowInputs({ start, end }: ZonedWindow): WindowInputs {
  return { startDate: toDateInput(start), startTime: toTimeInput(start), endDate: toDateInput(end), endTime: toTimeInput(end) };
}

/** SPEC §4: start = now + 30 min, rounded up to the next quarter hour; end = start + 1 h. */
export function defaultWindow(now: Temporal.Instant, zone: string): ZonedWindow {
  const start = ceilToQuarter(now.add({ minutes: 30 }).toZonedDateTimeISO(zone));
  return { start, end: wallClockPlus(start, { hours: 1 }) };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `03/07/2020` (SPEC §2). */
export const vendorDate = (at: Temporal.ZonedDateTime): string => `${pad(at.day)}/${pad(at.month)}/${pad(at.year, 4)}`;
/** `13:45` (SPEC §2). */
export const vendorTime = (at: Temporal.ZonedDateTime): string => `${pad(at.hour)}:${pad(at.minute)}`;

export const START_GRACE_MINUTES = 1;
/** SPEC §11: how far ahead a callback may start, unless the URL's `maxDaysAhead` says otherwise. */
export const MAX_DAYS_AHEAD = 30;

/** The earliest start the rules accept: now, less a minute of grace for a slow click. */
export const earliestStart = (now: Temporal.Instant): Temporal.Instant => now.subtract({ minutes: START_GRACE_MINUTES });

/** The latest start: the same wall-clock time `maxDaysAhead` calendar days ahead in `zone`. */
export const latestStart = (now: Temporal.Instant, zone: string, maxDaysAhead: number): Temporal.Instant =>
  now.toZonedDateTimeISO(zone).add({ days: maxDaysAhead }).toInstant();

/** Today's date in `zone`, as an input value. */
export const todayIn = (now: Temporal.Instant, zone: string): string => now.toZonedDateTimeISO(zone).toPlainDate().toString();
