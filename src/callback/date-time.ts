/**
 * `<input type="date">` / `<input type="time">` values (ISO: `2020-07-03`, `13:45`, on
 * the agent's local clock) and the default callback window. Small on purpose: the static
 * shell needs it before anything else loads. Parsing, the vendor's format and the window
 * rules are in window-rules.ts, which loads with the form's rules.
 */

export const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const MINUTE_MS = 60_000;
const QUARTER_MS = 15 * MINUTE_MS;

/** Elapsed-time arithmetic: 30 minutes from now is 30 real minutes, across a DST change too. */
export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE_MS);

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
