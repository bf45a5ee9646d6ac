import { expect, test } from 'vitest';
import type { ListedCallback } from '../protocol/callback-list';
import { canonicalize } from '../protocol/canonicalize';
import type { Canonical } from '../protocol/canonicalize';
import type { ZonedWindow } from '../time/zoned-time';
import { zonedAt } from '../time/zoned-time';
import { allCallbacks, customerCallbacks, describeExistingWindow, findClash, overlaps, scheduledCallback, sharesDay } from './existing-callbacks';
import { toRequest } from './callback-rules';
import { SAMPLE_FORM_VALUES } from '../test/fixtures';

const ZONE = 'Europe/Berlin';
const MODES = [
  { id: 3, description: 'Mobile', value: '6591462346' },
  { id: 1, description: 'Home', value: '(65) 1234 5678' },
  { id: 9, description: 'No number', value: '' },
];

function at(date: string, time: string, zone = ZONE): Temporal.ZonedDateTime {
  const zoned = zonedAt(date, time, zone);
  if (!zoned) throw new Error(`${date} ${time}`);
  return zoned;
}
const window = (date: string, start: string, end: string, zone = ZONE): ZonedWindow => ({ start: at(date, start, zone), end: at(date, end, zone) });
const listed = (value: string, date = '2026-07-03', start = '13:45', end = '14:45'): ListedCallback => ({
  window: window(date, start, end),
  description: 'Mobile',
  value,
});
const wire = (value: string, start = '13:45:00') => ({
  CValue: value,
  CallStartDate: '03/07/2026',
  CallStartTime: start,
  CallEndDate: '03/07/2026',
  CallEndTime: '14:45:00',
});
const customer = (entries: unknown[]) => customerCallbacks(canonicalize(entries) as Canonical[], MODES, ZONE).callbacks.map((callback) => callback.value);

test("this customer's entries are those whose number has the digits of one of this call's modes", () => {
  expect(customer([wire('+65 9146-2346'), wire('6591462346'), wire('65-1234-5678'), wire('6591462347'), wire('91462346'), wire('')])).toEqual([
    '+65 9146-2346',
    '6591462346',
    '65-1234-5678',
  ]);
});

test("another customer's number never matches, nor does a mode without a number", () => {
  expect(customer([wire('+44 20 7946 0958'), wire('—')])).toEqual([]);
});

test('windows overlap when each starts before the other ends', () => {
  expect(overlaps(window('2026-07-03', '13:45', '14:45'), window('2026-07-03', '14:00', '15:00'))).toBe(true);
  expect(overlaps(window('2026-07-03', '14:00', '14:15'), window('2026-07-03', '13:45', '14:45'))).toBe(true);
  expect(overlaps(window('2026-07-03', '15:00', '16:00'), window('2026-07-03', '13:45', '14:45'))).toBe(false);
});

test('a window that starts as the other ends only touches it, either way round', () => {
  expect(overlaps(window('2026-07-03', '14:45', '15:45'), window('2026-07-03', '13:45', '14:45'))).toBe(false);
  expect(overlaps(window('2026-07-03', '12:45', '13:45'), window('2026-07-03', '13:45', '14:45'))).toBe(false);
});

test('two windows starting at the same moment overlap, even when each is a single moment', () => {
  expect(overlaps(window('2026-07-03', '13:45', '13:45'), window('2026-07-03', '13:45', '13:45'))).toBe(true);
});

test('windows are compared as instants, whatever zone each is written in', () => {
  // 13:45 in Berlin (summer) is 07:45 in New York.
  expect(overlaps(window('2026-07-03', '07:30', '08:00', 'America/New_York'), window('2026-07-03', '13:45', '14:45'))).toBe(true);
  expect(overlaps(window('2026-07-03', '13:45', '14:45', 'America/New_York'), window('2026-07-03', '13:45', '14:45'))).toBe(false);
});

test("the same day is counted on the new window's clock", () => {
  const late = window('2026-07-03', '23:00', '23:30');
  // 23:00 in Berlin is the 4th in Singapore: another day there, the same day in Berlin.
  expect(sharesDay(window('2026-07-03', '09:00', '10:00'), late, ZONE)).toBe(true);
  expect(sharesDay(window('2026-07-03', '09:00', '10:00', 'Asia/Singapore'), late, 'Asia/Singapore')).toBe(false);
  expect(sharesDay(window('2026-07-04', '09:00', '10:00'), late, ZONE)).toBe(false);
});

test('a clash prefers an overlapping callback, then one on the same day; another day is no clash', () => {
  const morning = listed('6591462346', '2026-07-03', '09:00', '09:30');
  const afternoon = listed('6591462346', '2026-07-03', '13:45', '14:45');
  expect(findClash(window('2026-07-03', '14:00', '15:00'), [morning, afternoon])).toEqual({ callback: afternoon, overlaps: true });
  expect(findClash(window('2026-07-03', '14:45', '15:45'), [morning, afternoon])).toEqual({ callback: morning, overlaps: false });
  expect(findClash(window('2026-07-04', '13:45', '14:45'), [morning, afternoon])).toBeNull();
  expect(findClash(window('2026-07-03', '13:45', '14:45'), [])).toBeNull();
});

test('what this form scheduled joins the list once, earliest first, named by its mode', () => {
  const request = toRequest({ ...SAMPLE_FORM_VALUES, customerZone: ZONE, startDate: '2026-07-03', endDate: '2026-07-03', startTime: '08:00', endTime: '08:30' });
  const mine = scheduledCallback(request, MODES);
  expect(mine).toMatchObject({ description: 'Mobile', value: '6591462346' });
  expect(scheduledCallback({ ...request, modeId: 42 }, null)).toMatchObject({ description: 'Mode 42', value: '' });
  const fromDesktop = { ...mine, value: '+65 9146-2346' };
  const other = listed('6591462346');
  expect(allCallbacks([other, fromDesktop], [request], MODES)).toEqual([fromDesktop, other]);
  expect(allCallbacks([other], [request], MODES)).toEqual([mine, other]);
});

test("an existing window reads as the confirmation does: on the customer's clock, then the agent's", () => {
  // Listed in the schedule zone (Berlin); the customer is in Chicago, the agent in Berlin.
  expect(describeExistingWindow(window('2026-07-03', '13:45', '14:45'), { customer: 'America/Chicago', agent: ZONE })).toBe(
    "Fri 3 Jul, 06:45 to 07:45 customer's time (America/Chicago); your time: Fri 3 Jul, 13:45 to 14:45 (Europe/Berlin)",
  );
  expect(describeExistingWindow(window('2026-07-03', '13:45', '14:45'), { customer: ZONE, agent: ZONE })).toBe('Fri 3 Jul, 13:45 to 14:45 (Europe/Berlin)');
});
