import { expect, test } from 'vitest';
import { agentClockText, bothClocksText, windowText } from './window-text';
import { zonedAt } from './zoned-time';

function at(date: string, time: string, zone: string) {
  const moment = zonedAt(date, time, zone);
  if (!moment) throw new Error(`not a time: ${date} ${time}`);
  return moment;
}

const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';

test('a window reads with the weekday and the month as a word, never as a numeric date', () => {
  expect(windowText({ start: at('2026-12-02', '14:00', CHICAGO), end: at('2026-12-02', '15:00', CHICAGO) })).toBe('Wed 2 Dec, 14:00 to 15:00');
  expect(windowText({ start: at('2026-12-02', '23:30', CHICAGO), end: at('2026-12-03', '00:30', CHICAGO) })).toBe(
    'Wed 2 Dec, 23:30 to Thu 3 Dec, 00:30',
  );
});

test("the agent's clock line converts the window and names the day difference", () => {
  const afternoon = { start: at('2026-12-02', '14:00', CHICAGO), end: at('2026-12-02', '15:00', CHICAGO) };
  expect(agentClockText(afternoon, BERLIN)).toBe('Your time: Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)');
  const evening = { start: at('2026-12-02', '20:00', CHICAGO), end: at('2026-12-02', '21:00', CHICAGO) };
  expect(agentClockText(evening, BERLIN)).toBe('Your time: Thu 3 Dec, 03:00 to 04:00 (Europe/Berlin), 1 day ahead of the customer');
  const berlinMorning = { start: at('2026-12-03', '08:00', BERLIN), end: at('2026-12-03', '09:00', BERLIN) };
  expect(agentClockText(berlinMorning, CHICAGO)).toBe('Your time: Thu 3 Dec, 01:00 to 02:00 (America/Chicago)');
  const tokyo = { start: at('2026-12-03', '08:00', 'Asia/Tokyo'), end: at('2026-12-03', '09:00', 'Asia/Tokyo') };
  expect(agentClockText(tokyo, CHICAGO)).toBe('Your time: Wed 2 Dec, 17:00 to 18:00 (America/Chicago), 1 day behind the customer');
});

test('both clocks name each zone; one clock when they are the same', () => {
  const window = { start: at('2026-12-02', '14:00', CHICAGO), end: at('2026-12-02', '15:00', CHICAGO) };
  expect(bothClocksText(window, BERLIN)).toBe(
    "Wed 2 Dec, 14:00 to 15:00 customer's time (America/Chicago); your time: Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)",
  );
  expect(bothClocksText(window, CHICAGO)).toBe('Wed 2 Dec, 14:00 to 15:00 (America/Chicago)');
});
