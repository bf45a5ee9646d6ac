import { expect, test } from 'vitest';
import { createCallbackSchema, MESSAGES } from './callback-rules';
import { issues, MODES, NOW, TIME, valid } from '../test/callback-rules-setup';

/** The rules of the window in the agent's zone: dates and times that exist, not in the past, the end after the start, within the horizon. */

test('each date and time is required, with its own message on its own field', () => {
  expect(issues(valid({ startDate: '' }))).toEqual([`startDate: ${MESSAGES.startDate}`]);
  expect(issues(valid({ startTime: '' }))).toEqual([`startTime: ${MESSAGES.startTime}`]);
  expect(issues(valid({ endDate: '' }))).toEqual([`endDate: ${MESSAGES.endDate}`]);
  expect(issues(valid({ endTime: '' }))).toEqual([`endTime: ${MESSAGES.endTime}`]);
});

test('dates must be real calendar dates and times must exist on the clock', () => {
  expect(issues(valid({ startDate: '2026-02-31' }))).toContain(`startDate: ${MESSAGES.realDate}`);
  expect(issues(valid({ endDate: '2026-06-31' }))).toContain(`endDate: ${MESSAGES.realDate}`);
  expect(issues(valid({ endTime: '24:00' }))).toContain(`endTime: ${MESSAGES.realTime}`);
});

test('a start within the minute of grace is accepted, an earlier one is in the past', () => {
  const today = { startDate: '2026-06-10', endDate: '2026-06-10', endTime: '11:00' };
  // now is 10:00:30, so the earliest start is 09:59:30.
  expect(issues(valid({ ...today, startTime: '10:00' }))).toEqual([]);
  expect(issues(valid({ ...today, startTime: '09:59' }))).toEqual([`startTime: ${MESSAGES.startPast}`]);
  expect(issues(valid({ ...today, startTime: '09:58' }))).toEqual([`startTime: ${MESSAGES.startPast}`]);
});

test('a start on an earlier day is flagged on the start date', () => {
  expect(issues(valid({ startDate: '2026-06-09', startTime: '15:00' }))).toEqual([`startDate: ${MESSAGES.startPast}`]);
});

test('the schema reads the clock at validation time, so a form left open goes stale', () => {
  let now = NOW;
  const schema = createCallbackSchema({ now: () => now, modes: MODES, time: TIME });
  const values = valid({ startDate: '2026-06-10', startTime: '10:30', endDate: '2026-06-10', endTime: '11:30' });
  expect(schema.safeParse(values).success).toBe(true);
  now = new Date(2026, 5, 10, 10, 45);
  expect(schema.safeParse(values).success).toBe(false);
});

test('the end may equal the start but not come before it', () => {
  expect(issues(valid({ endTime: '13:45' }))).toEqual([]);
  expect(issues(valid({ endTime: '13:44' }))).toEqual([`endTime: ${MESSAGES.endBeforeStart}`]);
  expect(issues(valid({ startDate: '2026-06-12', endDate: '2026-06-11', endTime: '23:00' }))).toEqual([
    `endDate: ${MESSAGES.endBeforeStart}`,
  ]);
});

test('the start may be exactly 30 days ahead but not a minute more', () => {
  const now = () => new Date(2026, 5, 10, 10, 0, 0);
  const window = { startDate: '2026-07-10', endDate: '2026-07-10', endTime: '12:00' };
  expect(issues(valid({ ...window, startTime: '10:00' }), { now })).toEqual([]);
  expect(issues(valid({ ...window, startTime: '10:01' }), { now })).toEqual([`startDate: ${MESSAGES.startTooFar(30)}`]);
});
