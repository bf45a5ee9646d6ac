import type { ZonedWindow } from './zoned-time';
import { vendorTime } from './zoned-time';

/**
 * How a window reads to a person (SPEC §11): one unambiguous format everywhere, with the
 * weekday and the month as a word ("Wed 2 Dec, 21:00 to 22:00"), never a numeric date
 * whose day and month a reader could swap. Names come from the browser's `Intl` in
 * British English (day before month, 24-hour clock); formatters are made once per zone.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
    dayFormats.set(zone, format);
  }
  return format;
}

/** `Wed 2 Dec`, on the moment's own clock. */
export const dayText = (at: Temporal.ZonedDateTime): string => dayFormat(at.timeZoneId).format(at.epochMilliseconds);

/** `14 March 2027`. */
export const longDateText = (date: Temporal.PlainDate): string =>
  date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const sameDay = (a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime) => a.toPlainDate().equals(b.toPlainDate());

/** `Wed 2 Dec, 21:00 to 22:00`, or `Wed 2 Dec, 23:30 to Thu 3 Dec, 00:30`, on the window's own clock. */
export function windowText({ start, end }: ZonedWindow): string {
  const endText = sameDay(start, end) ? vendorTime(end) : `${dayText(end)}, ${vendorTime(end)}`;
  return `${dayText(start)}, ${vendorTime(start)} to ${endText}`;
}

/** The window moved to another zone's clock. */
export const windowIn = ({ start, end }: ZonedWindow, zone: string): ZonedWindow => ({
  start: start.withTimeZone(zone),
  end: end.withTimeZone(zone),
});

/** `, 1 day ahead of the customer` when the two clocks' dates differ at the start, else ``. */
function dayDifference(customer: Temporal.ZonedDateTime, agent: Temporal.ZonedDateTime): string {
  const days = customer.toPlainDate().until(agent.toPlainDate()).days;
  if (days === 0) return '';
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
  return `, ${count} ${days > 0 ? 'ahead of' : 'behind'} the customer`;
}

/** `Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)`, the window on the agent's clock, with the day difference. */
function onAgentClock(window: ZonedWindow, agentZone: string): string {
  const mine = windowIn(window, agentZone);
  return `${windowText(mine)} (${agentZone})${dayDifference(window.start, mine.start)}`;
}

/** The live line under the window: `Your time: Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)`. */
export const agentClockText = (window: ZonedWindow, agentZone: string): string => `Your time: ${onAgentClock(window, agentZone)}`;

/**
 * The window on both clocks, for a confirmation or a list: the customer's first, then the
 * agent's; one clock when they are the same zone.
 */
export function bothClocksText(window: ZonedWindow, agentZone: string): string {
  const customerZone = window.start.timeZoneId;
  if (customerZone === agentZone) return `${windowText(window)} (${customerZone})`;
  return `${windowText(window)} customer's time (${customerZone}); your time: ${onAgentClock(window, agentZone)}`;
}
