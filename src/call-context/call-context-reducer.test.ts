import { expect, test } from 'vitest';
import type { CallContext } from '../protocol/call-event';
import { callContextReducer } from './use-call-context';

const call = (callid: string, overrides: Partial<CallContext> = {}): CallContext => ({
  callid,
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  leadScore: null,
  targetAmount: null,
  ...overrides,
});

test('a pristine form follows a new call', () => {
  const state = { context: call('A'), incoming: null, previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('B'), hasEdits: false })).toEqual({ context: call('B'), incoming: null, previous: null });
});

test('a form with no call takes the first call that arrives', () => {
  const state = { context: null, incoming: null, previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('A'), hasEdits: true })).toEqual({ context: call('A'), incoming: null, previous: null });
});

test('a form with edits keeps its call and offers the new one as incoming', () => {
  const state = { context: call('A'), incoming: null, previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('B'), hasEdits: true })).toEqual({
    context: call('A'),
    incoming: call('B'),
    previous: null,
  });
});

test('a later call replaces the one offered as incoming', () => {
  const state = { context: call('A'), incoming: call('B'), previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('C'), hasEdits: true })).toEqual({
    context: call('A'),
    incoming: call('C'),
    previous: null,
  });
});

test('switch moves the form to the incoming call', () => {
  const state = { context: call('A'), incoming: call('B'), previous: null };
  expect(callContextReducer(state, 'switch')).toEqual({ context: call('B'), incoming: null, previous: call('A') });
});

test('switch with nothing incoming changes nothing', () => {
  const state = { context: call('A'), incoming: null, previous: null };
  expect(callContextReducer(state, 'switch')).toBe(state);
});

test('the same call again while the form has edits takes its news (the form keeps what was typed) and keeps the offer to switch', () => {
  const state = { context: call('A'), incoming: call('B'), previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('A', { timeZone: 'America/Chicago' }), hasEdits: true })).toEqual({
    context: call('A', { timeZone: 'America/Chicago' }),
    incoming: call('B'),
    previous: null,
  });
  expect(callContextReducer(state, { type: 'call', next: call('A'), hasEdits: true })).toBe(state);
});

test('an identical context returns the same state object, so nothing re-renders', () => {
  const state = { context: call('A', { leadScore: 55 }), incoming: null, previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('A', { leadScore: 55 }), hasEdits: false })).toBe(state);
});

test('a pristine form takes updated details of its own call', () => {
  const state = { context: call('A', { accountNumber: '' }), incoming: null, previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('A'), hasEdits: false })).toEqual({ context: call('A'), incoming: null, previous: null });
});

test('news of the current call keeps the offer to switch to the newer one', () => {
  const state = { context: call('A'), incoming: call('B'), previous: null };
  expect(callContextReducer(state, { type: 'call', next: call('A'), hasEdits: true })).toBe(state);
});

test('back returns to the call switched away from, and offers the one left as incoming', () => {
  const state = { context: call('B'), incoming: null, previous: call('A') };
  expect(callContextReducer(state, 'back')).toEqual({ context: call('A'), incoming: call('B'), previous: null });
});

test('forget drops the call kept aside; with none, nothing changes', () => {
  const state = { context: call('B'), incoming: null, previous: call('A') };
  expect(callContextReducer(state, 'forget')).toEqual({ context: call('B'), incoming: null, previous: null });
  const none = { context: call('B'), incoming: null, previous: null };
  expect(callContextReducer(none, 'forget')).toBe(none);
  expect(callContextReducer(none, 'back')).toBe(none);
});

test('a pristine form that follows a new call keeps the call aside; the desktop returning to it takes it back', () => {
  const state = { context: call('B'), incoming: null, previous: call('A') };
  expect(callContextReducer(state, { type: 'call', next: call('C'), hasEdits: false })).toEqual({ context: call('C'), incoming: null, previous: call('A') });
  expect(callContextReducer(state, { type: 'call', next: call('A'), hasEdits: false })).toEqual({ context: call('A'), incoming: null, previous: null });
});
