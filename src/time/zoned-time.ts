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
 * real value. A wall-clock time that a DST change skips or repeats resolves the way
 * `Date` always did here ('compatible': later across a gap, earlier across an overlap).
 */
export function zonedAt(dateValue: string, timeValue: string, zone: string): Temporal.ZonedDateTime | null {
  const date = parseDateInput(dateValue);
  const time = parseTimeInput(timeValue);
  if (!date || !time) return null;
  return date.toZonedDateTime({ timeZone: zone, plainTime: time });
}

export const toDateInput = (at: Temporal.ZonedDateTime): string => at.toPlainDate().toString();
export const toTimeInput = (at: Temporal.ZonedDateTime): string => at.toPlainTime().toString({ smallestUnit: 'minute' });

/** The window as the four input values, on the clock of `at`'s zone. */
export function windowInputs({ start, end }: ZonedWindow): WindowInputs {
  return { startDate: toDateInput(start), startTime: toTimeInput(start), endDate: toDateInput(end), endTime: toTimeInput(end) };
}

/** SPEC §4: start = now + 30 min, rounded up to the next quarter hour; end = start + 1 h. */
export function defaultWindow(now: Temporal.Instant, zone: string): WindowInputs {
  const start = now
    .add({ minutes: 30 })
    .toZonedDateTimeISO(zone)
    .round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode: 'ceil' });
  // Rounded on the zone's wall clock, so a zone with a :30 or :45 offset still lands on a quarter.
  return windowInputs({ start, end: start.add({ hours: 1 }) });
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `03/07/2020` (SPEC §2). */
export const vendorDate = (at: Temporal.ZonedDateTime): string => `${pad(at.day)}/${pad(at.month)}/${pad(at.year, 4)}`;
/** `13:45` (SPEC §2). */
export const vendorTime = (at: Temporal.ZonedDateTime): string => `${pad(at.hour)}:${pad(at.minute)}`;

/** Human form of a window for the status line: `03/07/2020 13:45 – 14:45`. */
export function describeWindow({ start, end }: ZonedWindow): string {
  const sameDay = Temporal.PlainDate.compare(start.toPlainDate(), end.toPlainDate()) === 0;
  const endText = sameDay ? vendorTime(end) : `${vendorDate(end)} ${vendorTime(end)}`;
  return `${vendorDate(start)} ${vendorTime(start)} – ${endText}`;
}

export const START_GRACE_MINUTES = 1;
export const MAX_DAYS_AHEAD = 30;

/** The earliest start the rules accept: now, less a minute of grace for a slow click. */
export const earliestStart = (now: Temporal.Instant): Temporal.Instant => now.subtract({ minutes: START_GRACE_MINUTES });

/** The latest start: the same wall-clock time `MAX_DAYS_AHEAD` calendar days ahead in `zone`. */
export const latestStart = (now: Temporal.Instant, zone: string): Temporal.Instant =>
  now.toZonedDateTimeISO(zone).add({ days: MAX_DAYS_AHEAD }).toInstant();

/** Today's date in `zone`, as an input value. */
export const todayIn = (now: Temporal.Instant, zone: string): string => now.toZonedDateTimeISO(zone).toPlainDate().toString();
