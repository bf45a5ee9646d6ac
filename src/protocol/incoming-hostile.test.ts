import { expect, test } from 'vitest';
import { normalizeIncoming } from './incoming';

/** normalizeIncoming against what a hostile host posts: prototype names, __proto__ keys, input that throws when read. */

test('returns null for subtopics that are names of Object.prototype members', () => {
  for (const subtopic of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    const message = { channel: 'LCM', topic: 'Webservice', subtopic, message: { callid: '12345', response: { success: true } } };
    expect(normalizeIncoming(message), subtopic).toBeNull();
    expect(normalizeIncoming(JSON.stringify(message)), subtopic).toBeNull();
  }
});

test('never lets a __proto__ key from the wire reach Object.prototype or stand in for a field', () => {
  const hostile =
    '{"__proto__": {"polluted": "yes", "subtopic": "SetCallbackWithCommentsResult"},' +
    ' "topic": "Outbound", "subtopic": "OutboundCallStateChange",' +
    ' "data": {"call": {"__proto__": {"CallId": "inherited"}, "constructor": {"prototype": {"polluted": "yes"}}}}}';
  expect(normalizeIncoming(hostile)).toBeNull();
  expect(normalizeIncoming(JSON.parse(hostile))).toBeNull();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('never throws, whatever the host posts', () => {
  const cyclic: Record<string, unknown> = { subtopic: 'OutboundCallStateChange' };
  cyclic.data = cyclic;
  const hostile = {
    get subtopic(): string {
      throw new Error('boom');
    },
  };
  const deep = JSON.parse('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)) as unknown;
  for (const raw of [cyclic, hostile, deep, Symbol('x'), 10n, 'x'.repeat(1_000_000), { subtopic: 'WS_Error', message: cyclic }]) {
    expect(() => normalizeIncoming(raw)).not.toThrow();
  }
});
