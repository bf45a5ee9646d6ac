/**
 * The one place where `<input type="date">` / `<input type="time">` values meet the
 * vendor's `DD/MM/YYYY` and `HH:mm` (SPEC §2). Input values are ISO (`2020-07-03`,
 * `13:45`), always interpreted on the agent's local clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const MINUTE_MS = 60_000;
const QUARTER_MS = 15 * MINUTE_MS;

/** Elapsed-time arithmetic: 30 minutes from now is 30 real minutes, across a DST change too. */
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE_MS);

/** Calendar arithmetic by the Date object itself: "30 days ahead" keeps the wall-clock time across DST. */
const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes(), date.getSeconds());

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD`; `null` unless it is a real calendar date (no 31/02). */
export function parseDateInput(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? { year, month, day } : null;
}

/** Parses `HH:mm` (seconds, if a browser adds them, are dropped); `null` if out of range. */
export function parseTimeInput(value: string): { hours: number; minutes: number } | null {
  const match = TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : null;
}

/** The local moment a date and time input pair names, or `null` if either is invalid. */
export function combineLocal(dateValue: string, timeValue: string): Date | null {
  const date = parseDateInput(dateValue);
  const time = parseTimeInput(timeValue);
  if (!date || !time) return null;
  return new Date(date.year, date.month - 1, date.day, time.hours, time.minutes);
}

/** `2020-07-03` → `03/07/2020`. */
export function toVendorDate(dateValue: string): string {
  const date = parseDateInput(dateValue);
  if (!date) throw new RangeError(`Not a calendar date: ${dateValue}`);
  return `${pad(date.day)}/${pad(date.month)}/${pad(date.year, 4)}`;
}

/** `9:5`-safe: `13:45` or `13:45:00` → `13:45`. */
export function toVendorTime(timeValue: string): string {
  const time = parseTimeInput(timeValue);
  if (!time) throw new RangeError(`Not a time: ${timeValue}`);
  return `${pad(time.hours)}:${pad(time.minutes)}`;
}

export function toDateInput(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function toTimeInput(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface CallbackWindow {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** SPEC §4: start = now + 30 min, rounded up to the next quarter hour; end = start + 1 h. */
export function defaultWindow(now: Date): CallbackWindow {
  // Quarter hours are whole multiples of 15 min since the epoch in every zone with
  // whole-quarter-hour offsets, i.e. every zone in use.
  const start = new Date(Math.ceil(addMinutes(now, 30).getTime() / QUARTER_MS) * QUARTER_MS);
  const end = addMinutes(start, 60);
  return { startDate: toDateInput(start), startTime: toTimeInput(start), endDate: toDateInput(end), endTime: toTimeInput(end) };
}

export const START_GRACE_MINUTES = 1;
export const MAX_DAYS_AHEAD = 30;

export function earliestStart(now: Date): Date {
  return addMinutes(now, -START_GRACE_MINUTES);
}

export function latestStart(now: Date): Date {
  return addDays(now, MAX_DAYS_AHEAD);
}

/** Human form of a window for the status line: `03/07/2020 13:45 – 14:45`. */
export function describeWindow(window: CallbackWindow): string {
  const start = `${toVendorDate(window.startDate)} ${toVendorTime(window.startTime)}`;
  const sameDay = window.startDate === window.endDate;
  const end = sameDay ? toVendorTime(window.endTime) : `${toVendorDate(window.endDate)} ${toVendorTime(window.endTime)}`;
  return `${start} – ${end}`;
}
