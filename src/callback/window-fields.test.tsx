import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { OpenWidgetOptions } from '../test/open-widget';
import { openWidget } from '../test/open-widget';
import { readTimeSettings } from '../time/time-settings';
import { createDraftStore, memoryBackend } from './draft-store';

// 15:00 UTC on Wed 2 Dec 2026: 16:00 for the agent in Berlin, 09:00 in Chicago.
const NOW = new Date('2026-12-02T15:00:00Z');
const AGENT = 'Europe/Berlin';
const MODES = [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }];

function setup(params: Parameters<typeof readTimeSettings>[0] = {}, options: OpenWidgetOptions = {}) {
  return openWidget({ now: () => NOW, time: readTimeSettings(params, AGENT), scenario: { modeList: MODES }, ...options });
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const windowValues = () => ['Start date', 'Start time', 'End date', 'End time'].map(value);

test("the window starts in the customer's zone and shows the agent's clock beside it", async () => {
  setup({ customerTimeZone: 'America/Chicago' });
  expect(await screen.findByText('Your time: Wed 2 Dec, 16:30 to 17:30 (Europe/Berlin)')).toBeInTheDocument();
  expect(screen.getByText('Customer: Wed 2 Dec, 09:30 to 10:30 (America/Chicago)')).toBeInTheDocument();
  expect(windowValues()).toEqual(['2026-12-02', '09:30', '2026-12-02', '10:30']);
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('America/Chicago');
  expect(screen.getByLabelText('Start date').closest('[role="group"]')).toHaveAccessibleName("Customer's time, America/Chicago");
});

test("the call event's TimeZone names the customer's zone when the URL does not", async () => {
  setup({}, { context: { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: null, targetAmount: null, timeZone: 'asia/tokyo' } });
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('Asia/Tokyo');
  // 00:00 in Tokyo: the first allowed time is 08:00 there.
  expect(windowValues()).toEqual(['2026-12-03', '08:00', '2026-12-03', '09:00']);
});

test("with no zone from the desktop the agent's zone stands in, and the field says so", () => {
  setup();
  const zone = screen.getByRole('combobox', { name: 'Customer time zone' });
  expect(zone).toHaveValue(AGENT);
  expect(zone).toHaveAccessibleDescription("The desktop did not say the customer's time zone: using yours (Europe/Berlin).");
});

test('choosing another zone moves an untouched window to that zone; a typed window stays as typed', () => {
  setup();
  const zone = screen.getByRole('combobox', { name: 'Customer time zone' });
  fireEvent.change(zone, { target: { value: 'America/Chicago' } });
  expect(windowValues()).toEqual(['2026-12-02', '09:30', '2026-12-02', '10:30']);
  expect(zone).not.toHaveAccessibleDescription(/did not say/);
  fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '13:00' } });
  fireEvent.change(zone, { target: { value: 'Asia/Tokyo' } });
  expect(windowValues()).toEqual(['2026-12-02', '13:00', '2026-12-02', '14:00']);
});

test('moving the start carries the end with it, keeping the window length', () => {
  setup();
  fireEvent.change(screen.getByLabelText('End time'), { target: { value: '18:00' } });
  // 16:30 to 18:00: 90 minutes. A start on another day at 09:00 ends at 10:30 that day.
  fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-12-04' } });
  fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '09:00' } });
  expect(windowValues()).toEqual(['2026-12-04', '09:00', '2026-12-04', '10:30']);
});

test('quick picks set a one-hour window in calling hours; past the horizon they say so', async () => {
  setup({ customerTimeZone: 'America/Chicago', maxDaysAhead: '1' });
  const picks = screen.getByRole('group', { name: 'Quick picks' });
  // The picks' arithmetic loads on the first pick.
  fireEvent.click(within(picks).getByRole('button', { name: 'In 2 hours' }));
  await waitFor(() => expect(windowValues()).toEqual(['2026-12-02', '11:00', '2026-12-02', '12:00']));
  fireEvent.click(within(picks).getByRole('button', { name: 'Tomorrow 09:00' }));
  await waitFor(() => expect(windowValues()).toEqual(['2026-12-03', '09:00', '2026-12-03', '10:00']));
  // One day ahead of 09:00 today: tomorrow 14:00 is too late.
  fireEvent.click(within(picks).getByRole('button', { name: 'Tomorrow 14:00' }));
  expect(await screen.findByText('Tomorrow 14:00 is past the 1-day limit: choose a time by hand.')).toBeInTheDocument();
  expect(windowValues()).toEqual(['2026-12-03', '09:00', '2026-12-03', '10:00']);
});

test('a typed zone that is not one is an error on the field, with a suggestion, and nothing is sent', async () => {
  const { sent } = setup();
  await screen.findByRole('option', { name: 'Mobile · 6591462346' });
  fireEvent.change(screen.getByRole('textbox', { name: 'Comments' }), { target: { value: 'note' } });
  const zone = screen.getByRole('combobox', { name: 'Customer time zone' });
  fireEvent.change(zone, { target: { value: 'new york' } });
  fireEvent.click(screen.getByRole('button', { name: 'Schedule callback' }));
  await waitFor(() => expect(zone).toHaveAccessibleDescription('“new york” is not a time zone: did you mean America/New_York?'));
  await waitFor(() => expect(zone).toHaveFocus());
  expect(sent('callbacks')).toHaveLength(0);
});

test('the zone list is the browser’s, filled when the agent first goes to the field', async () => {
  setup();
  const list = document.getElementById('customer-zone-options');
  expect(list?.children).toHaveLength(0);
  fireEvent.focus(screen.getByRole('combobox', { name: 'Customer time zone' }));
  await waitFor(() => expect(list?.children.length).toBe(Intl.supportedValuesOf('timeZone').length));
  expect(list?.querySelector('option[value="America/Chicago"]')).not.toBeNull();
});

test('a draft saved before customer zones existed is restored, on the agent clock', () => {
  const old = {
    callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', startDate: '2026-12-03', startTime: '10:00', endDate: '2026-12-03',
    endTime: '11:00', modeId: '3', callbackType: 'regular', leadScore: '0', targetAmount: '0', comments: 'kept from before',
  };
  const backend = memoryBackend();
  backend.write(JSON.stringify({ drafts: { 'c:12345': old }, scheduled: {} }));
  setup({}, { drafts: createDraftStore(backend) });
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('kept from before');
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue(Temporal.Now.timeZoneId());
});

test('a start moved onto a repeated hour keeps an end the fields can hold', () => {
  setup({ customerTimeZone: 'America/New_York', callingHours: 'off', maxDaysAhead: '365' });
  fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2027-11-07' } });
  fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '01:30' } });
  // An hour on the wall clock: 01:30 (the first, EDT) to 02:30 (EST), never 01:30 to 01:30.
  expect(windowValues()).toEqual(['2027-11-07', '01:30', '2027-11-07', '02:30']);
  expect(screen.getByLabelText('Start time')).toHaveAccessibleDescription(
    '01:30 happens twice on 7 November 2027 in America/New_York: this is the first, at UTC-04:00.',
  );
});

test("a call event that names the customer's zone after the form opened moves an untouched form to it", async () => {
  const { desktop } = setup();
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue(AGENT);
  desktop.pushCall({ callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: '40', targetAmount: '150.5', timeZone: 'America/Chicago' });
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('America/Chicago'));
  expect(windowValues()).toEqual(['2026-12-02', '09:30', '2026-12-02', '10:30']);
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).not.toHaveAccessibleDescription(/did not say/);
});

test("a zone the agent chose is kept when the desktop names another later; an untouched one follows even in an edited form", async () => {
  const { desktop } = setup();
  const zone = screen.getByRole('combobox', { name: 'Customer time zone' });
  const call = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: '40', targetAmount: '150.5' };
  fireEvent.change(screen.getByRole('textbox', { name: 'Comments' }), { target: { value: 'typed first' } });
  desktop.pushCall({ ...call, timeZone: 'America/Chicago' });
  await waitFor(() => expect(zone).toHaveValue('America/Chicago'));
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('typed first');
  fireEvent.change(zone, { target: { value: 'Asia/Tokyo' } });
  desktop.pushCall({ ...call, timeZone: 'Europe/Paris' });
  // The event is delivered inside act: the form has seen it, and kept the agent's choice.
  expect(zone).toHaveValue('Asia/Tokyo');
  expect(screen.queryByText(/A new call is active/)).not.toBeInTheDocument();
});

test("a restored draft that holds the zone the form chose follows the zone the desktop names later; one the agent chose stays", async () => {
  const draft = (customerZone: string) => ({
    callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', customerZone, startDate: '2026-12-03', startTime: '14:00', endDate: '2026-12-03',
    endTime: '15:00', modeId: '3', callbackType: 'regular', leadScore: '0', targetAmount: '0', comments: 'kept from before',
  });
  const call = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: '40', targetAmount: '150.5', timeZone: 'America/Chicago' };
  const open = (customerZone: string) => {
    const backend = memoryBackend();
    backend.write(JSON.stringify({ drafts: { 'c:12345': draft(customerZone) }, scheduled: {} }));
    return setup({}, { drafts: createDraftStore(backend) });
  };

  // Saved while the desktop had named no zone: the field held the agent's own, and said so.
  const first = open(AGENT);
  const zone = screen.getByRole('combobox', { name: 'Customer time zone' });
  expect(zone).toHaveAccessibleDescription(/did not say/);
  first.desktop.pushCall(call);
  await waitFor(() => expect(zone).toHaveValue('America/Chicago'));
  // The window the agent typed stays as typed, now on the customer's clock, and both clocks say so.
  expect(windowValues()).toEqual(['2026-12-03', '14:00', '2026-12-03', '15:00']);
  expect(await screen.findByText('Your time: Thu 3 Dec, 21:00 to 22:00 (Europe/Berlin)')).toBeInTheDocument();
  expect(zone).not.toHaveAccessibleDescription(/did not say/);
  expect(screen.getByRole('textbox', { name: 'Comments' })).toHaveValue('kept from before');
  cleanup();

  // A zone the agent chose before the reload is theirs.
  const second = open('Asia/Tokyo');
  second.desktop.pushCall(call);
  expect(screen.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('Asia/Tokyo');
});
