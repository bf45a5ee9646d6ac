import { expect, test } from 'vitest';
import type { Canonical } from './canonicalize';
import { canonicalize } from './canonicalize';
import { MAX_LIST_ENTRIES, readCallbackList } from './callback-list';

const ZONE = 'Europe/Berlin';

/** An entry as the vendor lists it, through the same canonicalising the bridge applies. */
const entry = (overrides: Record<string, unknown> = {}) => ({
  RowNumber: 1,
  CampaignID: '5',
  ContactID: 'C-1',
  ModeNumber: '3',
  ModeDesc: 'Mobile',
  CValue: '6591462346',
  CallStartDate: '03/07/2026',
  CallStartTime: '13:45',
  CallEndDate: '03/07/2026',
  CallEndTime: '14:45',
  ...overrides,
});
const read = (entries: unknown[]) => readCallbackList(canonicalize(entries) as Canonical[], ZONE);
const described = (entries: unknown[]) =>
  read(entries).callbacks.map(({ window, description, value }) => `${window.start.toString()} → ${window.end.toString()} ${description} ${value}`);

test('an entry becomes its window in the schedule zone, its description and its number as written', () => {
  expect(described([entry({ CValue: '+65 9146-2346' })])).toEqual([
    '2026-07-03T13:45:00+02:00[Europe/Berlin] → 2026-07-03T14:45:00+02:00[Europe/Berlin] Mobile +65 9146-2346',
  ]);
});

test('keys in any case, times with seconds (dropped), dates without zeros, numbers as JSON numbers', () => {
  const shouted = { cvalue: 6591462346, CALLSTARTDATE: '3/7/2026', callStartTime: '13:45:30', CallEndDate: '03/07/2026', 'CallEndTime ': '14:45:00' };
  expect(described([shouted])).toEqual(['2026-07-03T13:45:00+02:00[Europe/Berlin] → 2026-07-03T14:45:00+02:00[Europe/Berlin]  6591462346']);
});

test('malformed entries are dropped, one by one, and the others kept', () => {
  const reading = read([
    entry({ CallStartDate: '31/02/2026' }),
    entry({ CallStartTime: '25:00' }),
    entry({ CallEndDate: '2026-07-03' }),
    entry({ CValue: null }),
    entry({ CValue: '   ' }),
    entry({ CallEndTime: undefined }),
    entry({ CallStartTime: '15:00', CallEndTime: '14:00' }),
    'not an entry',
    null,
    entry({ RowNumber: 2, CValue: '6512345678' }),
  ]);
  expect(reading.callbacks.map((callback) => callback.value)).toEqual(['6512345678']);
  expect(reading.dropped).toBe(9);
  expect(reading.truncated).toBe(false);
});

test('a window that ends as it starts is kept (the vendor allows it)', () => {
  expect(read([entry({ CallEndTime: '13:45' })]).callbacks).toHaveLength(1);
});

test(`at most ${MAX_LIST_ENTRIES} entries are read, and a longer answer says so`, () => {
  const many = Array.from({ length: MAX_LIST_ENTRIES + 5 }, (_, index) => entry({ CValue: String(index) }));
  const reading = read(many);
  expect(reading.callbacks).toHaveLength(MAX_LIST_ENTRIES);
  expect(reading.callbacks.at(-1)?.value).toBe(String(MAX_LIST_ENTRIES - 1));
  expect(reading.truncated).toBe(true);
  expect(read(many.slice(0, MAX_LIST_ENTRIES)).truncated).toBe(false);
});
