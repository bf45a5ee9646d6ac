import { expect, test } from 'vitest';
import { describeCallingHours } from './calling-hours';
import { customerZoneOf, readTimeSettings } from './time-settings';

const AGENT = 'Europe/Berlin';

test('without parameters: the agent zone for the schedule, 08:00 to 21:00, 30 days, no notes', () => {
  const settings = readTimeSettings({}, AGENT);
  expect(settings).toMatchObject({ agentZone: AGENT, scheduleZone: AGENT, customerZoneParam: null, maxDaysAhead: 30, notes: [] });
  expect(settings.callingHours && describeCallingHours(settings.callingHours)).toBe('08:00 to 21:00');
});

test('valid parameters apply', () => {
  const settings = readTimeSettings({ scheduleTimeZone: 'utc', callingHours: '09:00-17:30', maxDaysAhead: '7', customerTimeZone: 'America/Chicago' }, AGENT);
  expect(settings).toMatchObject({ scheduleZone: 'UTC', maxDaysAhead: 7, customerZoneParam: 'America/Chicago', notes: [] });
  expect(settings.callingHours && describeCallingHours(settings.callingHours)).toBe('09:00 to 17:30');
  expect(readTimeSettings({ callingHours: 'off' }, AGENT).callingHours).toBeNull();
});

test('each malformed parameter falls back to its default and says so', () => {
  const settings = readTimeSettings({ scheduleTimeZone: 'Nowhere/Land', callingHours: '21-8', maxDaysAhead: 'soon' }, AGENT);
  expect(settings.scheduleZone).toBe(AGENT);
  expect(settings.callingHours && describeCallingHours(settings.callingHours)).toBe('08:00 to 21:00');
  expect(settings.maxDaysAhead).toBe(30);
  expect(settings.notes).toEqual([
    'The desktop\'s scheduleTimeZone “Nowhere/Land” is not a time zone: times are sent in yours (Europe/Berlin).',
    'The desktop\'s callingHours “21-8” is not valid: using 08:00 to 21:00.',
    'The desktop\'s maxDaysAhead “soon” is not a whole number of days from 1 to 365: using 30.',
  ]);
  expect(readTimeSettings({ maxDaysAhead: '0' }, AGENT).notes).toHaveLength(1);
  expect(readTimeSettings({ maxDaysAhead: '366' }, AGENT).maxDaysAhead).toBe(30);
});

test("the customer's zone: the URL's, else the call's, else the agent's, with a note for an unknown or invalid name", () => {
  const plain = readTimeSettings({}, AGENT);
  const fromUrl = readTimeSettings({ customerTimeZone: 'America/Chicago' }, AGENT);
  expect(customerZoneOf(fromUrl, 'Asia/Tokyo')).toEqual({ zone: 'America/Chicago', note: null });
  expect(customerZoneOf(plain, 'asia/tokyo')).toEqual({ zone: 'Asia/Tokyo', note: null });
  expect(customerZoneOf(plain, null)).toEqual({ zone: AGENT, note: "The desktop did not say the customer's time zone: using yours (Europe/Berlin)." });
  expect(customerZoneOf(plain, 'Mars/Olympus')).toEqual({
    zone: AGENT,
    note: 'The desktop gave “Mars/Olympus”, which is not a time zone: using yours (Europe/Berlin).',
  });
});
