import { expect, test } from 'vitest';
import type { Canonical } from './canonicalize';
import { canonicalize } from './canonicalize';
import { normalizeIncoming } from './incoming';

/** The depth limit of canonicalize.ts: objects nested deeper than this are cut. */
const MAX_DEPTH = 8;

/** `{ next: { next: … { next: leaf } } }`, `levels` objects deep. */
function nested(levels: number, leaf: unknown = 'bottom'): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < levels; level += 1) value = { next: value };
  return value;
}

/** How many objects deep a canonical tree goes along `next`. */
function depthOf(value: Canonical | undefined): number {
  let depth = 0;
  for (let node = value; typeof node === 'object' && node !== null && !Array.isArray(node); node = node.next) depth += 1;
  return depth;
}

const result = { kind: 'result', callid: '12345', success: true, errorText: null, technical: null };
const success = (extra: Record<string, unknown>) => ({
  channel: 'LCM',
  topic: 'WebService',
  subtopic: 'SetCallbackWithCommentsResult',
  message: { callid: '12345', response: { success: true } },
  ...extra,
});

test('a real answer carrying a 100,000-level-deep extra field still settles the request', () => {
  // Without the depth limit the walk overflows the stack, and the whole answer is dropped.
  expect(normalizeIncoming(success({ junk: nested(100_000) }))).toEqual(result);
  expect(normalizeIncoming(success({ junk: [nested(100_000)] }))).toEqual(result);
});

test('objects deeper than the limit are cut there, not walked', () => {
  const tree = canonicalize(nested(MAX_DEPTH + 5));
  expect(depthOf(tree)).toBe(MAX_DEPTH);
  expect(depthOf(canonicalize(nested(MAX_DEPTH)))).toBe(MAX_DEPTH);

  // The walk never even reads below the limit: a getter there is never called.
  let readBelowLimit = false;
  const trap = { get next() { readBelowLimit = true; return 'x'; } };
  canonicalize(nested(MAX_DEPTH, trap));
  expect(readBelowLimit).toBe(false);
});

test('JSON text nested in JSON text is parsed down to the limit and left as text below it', () => {
  let text = '{"leaf":"bottom"}';
  // Ten levels: escaping doubles the text per level, and it must stay under the 256 kB parse limit.
  for (let level = 0; level < 10; level += 1) text = JSON.stringify({ next: text });
  expect(text.length).toBeLessThan(256 * 1024);
  const tree = canonicalize(text);
  // Each string level is parsed into an object one level down: text at level MAX_DEPTH stays text.
  let node: Canonical | undefined = tree;
  for (let level = 0; level < MAX_DEPTH / 2; level += 1) node = (node as Record<string, Canonical>).next;
  expect(typeof node).toBe('string');
  expect(JSON.parse(node as string)).toHaveProperty('next');
});

test('the deepest shape a vendor answer takes, a packet holding a packet as JSON text, is within the limit', () => {
  const packet = (message: unknown) => ({ channel: 'LCM', topic: '', subTopic: '', message });
  const answer = success({});
  expect(normalizeIncoming(packet(JSON.stringify(packet(JSON.stringify(answer)))))).toEqual(result);
});
