/**
 * The one place where date and time input values meet the vendor's `DD/MM/YYYY` and
 * `HH:mm` (SPEC §2), and the callback window's limits (SPEC §4). Loaded with the form's
 * rules, on the agent's first interaction.
 */
import type { CallbackWindow } from './date-time';
import { addMinutes, pad } from './date-time';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

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
