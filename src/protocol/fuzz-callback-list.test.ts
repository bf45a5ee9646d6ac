import fc from 'fast-check';
import { expect, test } from 'vitest';
import { customerCallbacks } from '../callback/existing-callbacks';
import { MAX_LIST_ENTRIES, readCallbackList } from './callback-list';
import { normalizeIncoming } from './incoming';
import { FUZZ_TIMEOUT_MS, garbageArb, hostileArb, keyArb, LIMITS, materialize, SEED } from '../test/hostile-messages';

/** Seeded fuzzing (issue #5) of the callback list answer: reading it never throws, keeps only real callbacks, and cuts a huge one first. */

/** GetPersonalCallbackList's answer (SPEC §12): entries with each field valid, odd or hostile. */
const listFieldArb = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.anything({ key: keyArb, maxDepth: 2 }) });
const vendorDateArb = fc
  .tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1999, max: 2101 }))
  .map(([day, month, year]) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`);
const vendorTimeArb = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.boolean())
  .map(([hour, minute, seconds]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${seconds ? ':59' : ''}`);
const listEntryArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        RowNumber: listFieldArb(fc.nat()),
        ModeDesc: listFieldArb(fc.constantFrom('Mobile', 'Home', '')),
        CValue: listFieldArb(fc.constantFrom('6591462346', '+65 9146-2346', '(65) 1234 5678', '', '—')),
        CallStartDate: listFieldArb(vendorDateArb),
        CallStartTime: listFieldArb(vendorTimeArb),
        CallEndDate: listFieldArb(vendorDateArb),
        CallEndTime: listFieldArb(vendorTimeArb),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: garbageArb },
);
const listAnswerArb = fc
  .tuple(
    fc.oneof(fc.array(listEntryArb, { maxLength: 30 }), garbageArb),
    fc.constantFrom('GetPersonalCallbackListResult', ' personalcallbacklist', 'PersonalCallbackList'),
    fc.constantFrom('object', 'json', 'packet'),
  )
  .map(([response, subtopic, wrap]) => {
    const message = { channel: 'LCM', topic: 'Webservice', subtopic, message: { response } };
    if (wrap === 'packet') return { channel: 'LCM', topic: '', subTopic: '', message, ResponseUrl: 'x', SubscriberID: '1' };
    if (wrap !== 'json') return message;
    try {
      return JSON.stringify(message);
    } catch {
      return message; // a BigInt somewhere: no host could have sent it as JSON
    }
  });
const LIST_MODES = [
  { id: 3, description: 'Mobile', value: '6591462346' },
  { id: 1, description: 'Home', value: '' },
];

test('a callback list answer never throws, and every callback read has a real window and this customer\'s number', () => {
  fc.assert(
    fc.property(fc.oneof({ weight: 4, arbitrary: listAnswerArb }, { weight: 1, arbitrary: hostileArb }), (input) => {
      const message = normalizeIncoming(materialize(input));
      if (message?.kind !== 'callback-list' || !message.entries) return;
      const reading = readCallbackList(message.entries, 'America/New_York');
      expect(reading.callbacks.length + reading.dropped).toBe(Math.min(message.entries.length, MAX_LIST_ENTRIES));
      for (const { window, value } of reading.callbacks) {
        expect(Temporal.ZonedDateTime.compare(window.end, window.start)).toBeGreaterThanOrEqual(0);
        expect(value.trim()).not.toBe('');
      }
      for (const callback of customerCallbacks(message.entries, LIST_MODES, 'America/New_York').callbacks) {
        expect(callback.value.replace(/\D/g, '')).toBe('6591462346');
      }
    }),
    { seed: SEED, numRuns: 1_500, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('a 10,000-entry answer is cut before it is read: at most 500 entries are touched and 100 checked, so no long task', () => {
  let touched = 0;
  const entry = (index: number) => ({
    get CValue() {
      touched += 1;
      return String(6591460000 + index);
    },
    CallStartDate: '03/07/2026',
    CallStartTime: '13:45',
    CallEndDate: '03/07/2026',
    CallEndTime: '14:45',
  });
  const answer = { channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackListResult', message: { response: Array.from({ length: 10_000 }, (_, index) => entry(index)) } };
  const message = normalizeIncoming(answer);
  if (message?.kind !== 'callback-list' || !message.entries) throw new Error('the answer was not read as a list');
  expect(touched).toBeLessThanOrEqual(500);
  const reading = readCallbackList(message.entries, 'Europe/Berlin');
  expect(reading.callbacks).toHaveLength(MAX_LIST_ENTRIES);
  expect(reading.truncated).toBe(true);
});
