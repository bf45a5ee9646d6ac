import fc from 'fast-check';

/** What the src/protocol/fuzz-*.test.ts files share: the seed and limits, and what a hostile frame can post. */

/**
 * Seeded fuzzing of everything a hostile frame can reach (issue #5). The seed is fixed, so a
 * failure reproduces: fast-check reports `{ seed, path }`, and the counterexample it shrank to.
 * Change SEED locally to explore further.
 */
export const SEED = 0x5e7cb;
export const HOST_ORIGIN = 'https://desk.example.com';
export const CALLID = '12345';

export const validResult = (overrides: { callid?: unknown; success?: unknown; subtopic?: unknown } = {}) => ({
  channel: 'LCM',
  topic: 'Webservice',
  subtopic: 'subtopic' in overrides ? overrides.subtopic : ' SetCallbackWithCommentsResult',
  message: { callid: 'callid' in overrides ? overrides.callid : CALLID, response: { success: 'success' in overrides ? overrides.success : true } },
});

const ONE_MB = 1024 * 1024;
const thrower = (): never => {
  throw new Error('hostile');
};

/** Values no structured clone produces but a same-realm caller (or a bug) might: every one throws when touched. */
const hostileFactories: (() => unknown)[] = [
  () => ({ toString: thrower, valueOf: thrower, toJSON: thrower, [Symbol.toPrimitive]: thrower }),
  () => ({ topic: 'Webservice', get subtopic() { return thrower(); }, message: { callid: CALLID } }),
  () => ({ ...validResult(), message: { callid: CALLID, get response() { return thrower(); } } }),
  () => new Proxy({}, { ownKeys: thrower, get: thrower, has: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower }),
  () => new Proxy(validResult(), { get: thrower }),
  () => {
    const { proxy, revoke } = Proxy.revocable(validResult(), {});
    revoke();
    return proxy;
  },
  () => {
    const cyclic: Record<string, unknown> = { ...validResult() };
    cyclic.message = cyclic;
    return cyclic;
  },
  () => {
    let deep: unknown = validResult();
    for (let i = 0; i < 10_000; i += 1) deep = { message: deep };
    return deep;
  },
  () => `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  () => 'x'.repeat(ONE_MB),
  // A success padded past the JSON size limit: no vendor message is a megabyte long.
  () => JSON.stringify({ pad: 'x'.repeat(ONE_MB), ...validResult() }),
  () => JSON.stringify(validResult()).replace('{', `{${' '.repeat(ONE_MB)}`),
  () => ({ ...validResult(), message: { callid: CALLID, response: { success: true, pad: 'x'.repeat(ONE_MB) } }, subtopic: 'y'.repeat(ONE_MB) }),
  () => ({ ...validResult({ callid: 'x'.repeat(ONE_MB) }) }),
  () => BigInt(12345),
  () => Symbol('message'),
  () => thrower,
  () => new Date(Number.NaN),
  () => new Map([['subtopic', 'SetCallbackWithCommentsResult']]),
  () => Object.assign(Object.create({ subtopic: 'SetCallbackWithCommentsResult', message: validResult().message }) as object, { topic: 'Webservice' }),
  () => Object.assign(Object.create(null) as object, { ...validResult({ success: 'false' }) }),
];
/**
 * The factory, not its value: fast-check inspects generated values (to clone them), and
 * these would throw at it. Properties call `materialize` first.
 */
export const hostileArb = fc.constantFrom(...hostileFactories);
export const materialize = (value: unknown) =>
  typeof value === 'function' && hostileFactories.includes(value as () => unknown) ? (value as () => unknown)() : value;

/** Key names a hostile host would pick: the prototype's, and the ones the normaliser reads. */
export const keyArb = fc.oneof(
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
    'channel', 'topic', 'subtopic', 'subTopic', ' SUBTOPIC ', 'message', 'data', 'data ', 'callid', 'response', 'success',
  ),
  fc.string({ maxLength: 12 }),
);

export const garbageArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ key: keyArb, maxDepth: 6, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 2, arbitrary: fc.json({ depthSize: 'medium' }) },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => `{"__proto__":${JSON.stringify(value)},"constructor":${JSON.stringify(value)}}`) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, -0, Number.NaN, Infinity, true, false, '', '{', '[', '{}', '[]', 'null', '"x"') },
);

/** A failing seed must fail fast, even while shrinking. */
export const LIMITS = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };
/** Thousands of runs take seconds, more on a loaded CI machine: well past Vitest's 5 s default. */
export const FUZZ_TIMEOUT_MS = 90_000;
