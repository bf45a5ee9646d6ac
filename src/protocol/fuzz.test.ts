import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { MessageSource } from './bridge';
import { createPostMessageBridge } from './bridge';
import type { Canonical } from './canonicalize';
import { canonicalize } from './canonicalize';
import { customerCallbacks } from '../callback/existing-callbacks';
import { MAX_LIST_ENTRIES, readCallbackList } from './callback-list';
import { createTrafficLogger } from './debug-log';
import { normalizeIncoming } from './incoming';
import { isOriginAllowed, parseAllowedOrigins, resolveHostOrigin } from './origin';

/**
 * Seeded fuzzing of everything a hostile frame can reach (issue #5). The seed is fixed, so a
 * failure reproduces: fast-check reports `{ seed, path }`, and the counterexample it shrank to.
 * Change SEED locally to explore further.
 */
const SEED = 0x5e7cb;
const HOST_ORIGIN = 'https://desk.example.com';
const CALLID = '12345';

const validResult = (overrides: { callid?: unknown; success?: unknown; subtopic?: unknown } = {}) => ({
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
const hostileArb = fc.constantFrom(...hostileFactories);
const materialize = (value: unknown) =>
  typeof value === 'function' && hostileFactories.includes(value as () => unknown) ? (value as () => unknown)() : value;

/** Key names a hostile host would pick: the prototype's, and the ones the normaliser reads. */
const keyArb = fc.oneof(
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
    'channel', 'topic', 'subtopic', 'subTopic', ' SUBTOPIC ', 'message', 'data', 'data ', 'callid', 'response', 'success',
  ),
  fc.string({ maxLength: 12 }),
);

const garbageArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ key: keyArb, maxDepth: 6, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 2, arbitrary: fc.json({ depthSize: 'medium' }) },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => `{"__proto__":${JSON.stringify(value)},"constructor":${JSON.stringify(value)}}`) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, -0, Number.NaN, Infinity, true, false, '', '{', '[', '{}', '[]', 'null', '"x"') },
);

const resultSubtopics = new Set(['setcallbackwithcommentsresult', 'setpersonalcallbackwithcommentsresult']);
const isTrueFlag = (value: unknown) => value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
const namesCall = (value: unknown) => (typeof value === 'string' || typeof value === 'number') && String(value).trim() === CALLID;

/**
 * Messages one step away from a success for the pending call: each breaks exactly one thing
 * a real success needs, or hides the success where only an inherited (prototype) read finds it.
 */
const nearMissArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ key: keyArb }).filter((success) => !isTrueFlag(success)).map((success) => validResult({ success })),
  fc.oneof(fc.string(), fc.integer(), fc.anything()).filter((callid) => !namesCall(callid)).map((callid) => validResult({ callid })),
  fc
    .oneof(
      fc.constantFrom('SetCallbackWithComments', 'SetPersonalCallbackWithComments', 'SetCallbackWithCommentsResults', 'SetCallbackWithComments Result', 'SetCallbackWith­CommentsResult', 'SetCallbackWithCommentsRеsult', 'CallbackModes', 'GetCallBackModes', 'OutboundCallStateChange', 'constructor', '__proto__'),
      fc.string(),
      fc.anything(),
    )
    .filter((subtopic) => !(typeof subtopic === 'string' && resultSubtopics.has(subtopic.trim().toLowerCase())))
    .map((subtopic) => validResult({ subtopic })),
  fc.constantFrom(
    `{"__proto__": ${JSON.stringify(validResult())}}`,
    `{"constructor": ${JSON.stringify(validResult())}}`,
    `{"prototype": ${JSON.stringify(validResult())}}`,
    `{"channel":"LCM","topic":"Webservice","subtopic":"SetCallbackWithCommentsResult","message":{"__proto__":{"callid":"${CALLID}","response":{"success":true}}}}`,
    `{"channel":"LCM","topic":"Webservice","subtopic":"SetCallbackWithCommentsResult","message":{"callid":"${CALLID}","response":{"__proto__":{"success":true}}}}`,
    `{"channel":"LCM","topic":"Webservice","subtopic":"SetCallbackWithCommentsResult","message":{"callid":"${CALLID}","response":{"constructor":{"success":true}}}}`,
    `{"channel":"LCM","topic":"Webservice","subtopic":"SetCallbackWithCommentsResult","message":{"callid":"${CALLID}","response":[{"success":true}]}}`,
    `{"channel":"LCM","topic":"Webservice","subtopic":"SetCallbackWithCommentsResult","message":{"callid":"${CALLID}","success":true}}`,
    `{"channel":"LCM","topic":"Webservice","__proto__":{"subtopic":"SetCallbackWithCommentsResult"},"message":{"callid":"${CALLID}","response":{"success":true}}}`,
  ),
  fc.constant({ ...validResult(), topic: 'Webservice', subtopic: undefined, subTopic: ['SetCallbackWithCommentsResult'] }),
  fc.constant({ channel: 'LCM', topic: 'Outbound', subtopic: 'x', message: validResult() }),
);

/** Each near miss also travels as a JSON string, and inside a packet, as hosts send them. */
const wrappedNearMissArb = fc.tuple(nearMissArb, fc.constantFrom('object', 'json', 'packet', 'packet-json')).map(([message, wrap]) => {
  const json = (value: unknown) => {
    try {
      return JSON.stringify(value) ?? value;
    } catch {
      return value;
    }
  };
  if (wrap === 'json') return json(message);
  if (wrap === 'packet') return { channel: 'LCM', topic: '', subTopic: '', message, ResponseUrl: 'x', SubscriberID: '1' };
  if (wrap === 'packet-json') return json({ channel: 'LCM', topic: '', subTopic: '', message: json(message) });
  return message;
});

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
const prototypeShape = () => PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).sort().join(','));
const PRISTINE = prototypeShape();

// Properties throw short errors rather than use expect(): a failing run is shrunk hundreds
// of times, and pretty-printing megabyte inputs at each step would take minutes.
function fail(message: string): never {
  throw new Error(message);
}

function assertNoPollution() {
  if (prototypeShape().join('|') !== PRISTINE.join('|')) fail('a built-in prototype gained or lost a property');
  const probe: Record<string, unknown> = {};
  for (const key of ['subtopic', 'callid', 'success', 'response', 'message', 'polluted']) {
    if (probe[key] !== undefined) fail(`Object.prototype.${key} is polluted`);
  }
}

/** No canonical object lets a read find something it does not own (a smuggled prototype). */
function assertOnlyOwnKeys(value: Canonical | undefined, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 20) return;
  if (Array.isArray(value)) {
    for (const item of value) assertOnlyOwnKeys(item, depth + 1);
    return;
  }
  for (const key of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'subtopic', 'message', 'callid', 'success']) {
    if (!Object.hasOwn(value, key) && value[key] !== undefined) fail(`canonical object inherits "${key}"`);
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) fail(`canonical object inherits enumerable "${key}"`);
    assertOnlyOwnKeys(value[key], depth + 1);
  }
}

/** A failing seed must fail fast, even while shrinking. */
const LIMITS = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };
/** Thousands of runs take seconds, more on a loaded CI machine: well past Vitest's 5 s default. */
const FUZZ_TIMEOUT_MS = 90_000;

test('normalizeIncoming never throws, never pollutes a prototype, and yields only own keys, whatever arrives', () => {
  fc.assert(
    fc.property(fc.oneof({ weight: 3, arbitrary: garbageArb }, { weight: 3, arbitrary: wrappedNearMissArb }, { weight: 1, arbitrary: hostileArb }), (input) => {
      const raw = materialize(input);
      normalizeIncoming(raw);
      assertOnlyOwnKeys(canonicalize(raw));
      assertNoPollution();
    }),
    { seed: SEED, numRuns: 3_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('no near miss of a success normalises to a success for the call', () => {
  fc.assert(
    fc.property(fc.oneof({ weight: 5, arbitrary: wrappedNearMissArb }, { weight: 1, arbitrary: hostileArb }), (input) => {
      const message = normalizeIncoming(materialize(input));
      return !(message?.kind === 'result' && message.success && message.callid === CALLID);
    }),
    { seed: SEED, numRuns: 3_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

type Listener = (event: MessageEvent) => void;
const lookAlikeOrigins = [
  'https://desk.example.com.evil.test',
  'http://desk.example.com',
  'https://desk.example.com:8443',
  'https://evil-desk.example.com',
  'https://desk.example.co',
  'https://desk.example.com.',
  'https://DESK.example.com',
  'null',
  '',
];

/** Where a message comes from: the host frame at its origin, or anyone else. */
const fromArb = fc.oneof(
  fc.constant({ source: 'host', origin: HOST_ORIGIN }),
  fc.record({ source: fc.constant('host'), origin: fc.constantFrom(...lookAlikeOrigins) }),
  fc.record({ source: fc.constantFrom('sibling', 'self', 'null'), origin: fc.constantFrom(HOST_ORIGIN, ...lookAlikeOrigins) }),
);
const spoofArb = fc.record({
  source: fc.constantFrom('host', 'sibling', 'self', 'null'),
  origin: fc.constantFrom(HOST_ORIGIN, ...lookAlikeOrigins),
}).filter((from) => from.source !== 'host' || from.origin !== HOST_ORIGIN);

const deliveryArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ data: fc.oneof(garbageArb, wrappedNearMissArb, hostileArb), from: fromArb }) },
  // Perfectly valid successes, from the wrong frame or the wrong origin.
  { weight: 1, arbitrary: fc.record({ data: fc.constantFrom<unknown>(validResult(), JSON.stringify(validResult())), from: spoofArb }) },
);

test('the bridge never settles a request as success on malformed or spoofed messages, and still hears its host', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(deliveryArb, { minLength: 1, maxLength: 12 }), async (deliveries) => {
      const listeners = new Set<Listener>();
      const self: MessageSource = {
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
      };
      const host = { postMessage: () => undefined };
      const sources: Record<string, unknown> = { host, sibling: { postMessage: () => undefined }, self, null: null };
      const lines: string[] = [];
      const bridge = createPostMessageBridge({
        self,
        host,
        hostOrigin: HOST_ORIGIN,
        envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'https://widget.example.net' },
        timeoutMs: 60_000,
        // The debug logger sees every message too: it must survive them as well.
        onTraffic: createTrafficLogger((line) => lines.push(line)),
      });
      const deliver = (data: unknown, from: { source: string; origin: string }) => {
        const event = { data, origin: from.origin, source: sources[from.source] };
        for (const listener of [...listeners]) listener(event as unknown as MessageEvent);
      };

      let state: 'pending' | 'resolved' | 'rejected' = 'pending';
      // Read through a function: TypeScript cannot see the promise callbacks change `state`.
      const settled = () => state;
      bridge
        .scheduleCallback(
          { callid: CALLID, AccountNumber: '5|3|1|0|0|44|1', StartDate: '03/07/2020', EndDate: '03/07/2020', StartTime: '13:45', EndTime: '14:45', CallbackModeId: 1, UserID: 'testagent', AgentComments: 'Test comment', LeadScore: 0, TargetAmount: 0 },
          false,
        )
        .then(
          () => (state = 'resolved'),
          () => (state = 'rejected'),
        );

      for (const { data, from } of deliveries) deliver(materialize(data), from);
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A malformed *failure* may settle it (the host did say no); a success never.
      if (settled() === 'resolved') fail('a malformed or spoofed message settled the request as success');
      assertNoPollution();

      if (settled() === 'pending') {
        deliver(validResult(), { source: 'host', origin: HOST_ORIGIN });
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (settled() !== 'resolved') fail('the real host’s success no longer settles the request');
      }
      bridge.destroy();
      if (listeners.size !== 0) fail('destroy() left a listener');
      if (lines.length === 0) fail('the debug logger saw nothing');
    }),
    { seed: SEED, numRuns: 400, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);
const port = fc.integer({ min: 1, max: 65_535 });

/**
 * Origins that look like `base` (scheme://host[:port]) to a hurried eye or a substring check.
 * `prefixes: false` where a prefix stays one label (`xdesk` under `*.example.com` is allowed).
 */
function lookAlikesOf(base: string, host: string, prefixes = true) {
  const prefixed = [
    label.map((extra) => base.replace(host, `${extra}${host}`)),
    label.map((extra) => base.replace(host, `${extra}-${host}`)),
  ];
  return fc.oneof(
    ...(prefixes ? prefixed : []),
    label.map((extra) => `${base}.${extra}.test`),
    label.map((extra) => `${base}x${extra}`),
    label.map((extra) => `${base}-${extra}.test`),
    label.map((extra) => `${base}@${extra}.test`),
    label.map((extra) => `${base}/${extra}`),
    fc.constant(`${base}.`),
    fc.constant(base.replace(/^https?/, (scheme) => (scheme === 'https' ? 'http' : 'https'))),
    fc.constant(base.replace(host, host.slice(0, -1))),
  );
}

function expectRefused(origin: string, allowed: readonly string[]) {
  expect(isOriginAllowed(origin, allowed), origin).toBe(false);
  expect(resolveHostOrigin({ hostOriginParam: origin, ancestorOrigin: null, referrer: '', allowed }).ok, origin).toBe(false);
  expect(resolveHostOrigin({ hostOriginParam: null, ancestorOrigin: origin, referrer: '', allowed }).ok, origin).toBe(false);
}

test('origin look-alikes of an exact allowed origin are refused; the origin itself is accepted', () => {
  const allowed = parseAllowedOrigins('https://desk.example.com');
  expect(isOriginAllowed(HOST_ORIGIN, allowed)).toBe(true);
  fc.assert(
    fc.property(
      fc.oneof(lookAlikesOf(HOST_ORIGIN, 'desk.example.com'), port.filter((p) => p !== 443).map((p) => `${HOST_ORIGIN}:${p}`)),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('https://*.example.com allows exactly one extra label and nothing that merely ends like it', () => {
  const allowed = parseAllowedOrigins('https://*.example.com');
  fc.assert(
    fc.property(label, (one) => {
      expect(isOriginAllowed(`https://${one}.example.com`, allowed)).toBe(true);
    }),
    { seed: SEED, numRuns: 300, ...LIMITS },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.tuple(label, label).map(([a, b]) => `https://${a}.${b}.example.com`),
        label.chain((one) => lookAlikesOf(`https://${one}.example.com`, `${one}.example.com`, false)),
        label.map((one) => `https://${one}example.com`),
        label.map((one) => `https://${one}.example.com:8443`),
        fc.constantFrom('https://example.com', 'https://.example.com', 'https://*.example.com', 'https://a.example.com.evil.test'),
      ),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('the loopback defaults allow any port on localhost and 127.0.0.1, and no look-alike', () => {
  const allowed = parseAllowedOrigins(undefined);
  fc.assert(
    fc.property(port, fc.constantFrom('localhost', '127.0.0.1'), (p, host) => {
      expect(isOriginAllowed(`http://${host}:${p}`, allowed)).toBe(true);
    }),
    { seed: SEED, numRuns: 300, ...LIMITS },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        port.chain((p) => lookAlikesOf(`http://localhost:${p}`, 'localhost')),
        port.chain((p) => lookAlikesOf(`http://127.0.0.1:${p}`, '127.0.0.1')),
        port.map((p) => `http://localhost.evil.test:${p}`),
        port.map((p) => `http://127.0.0.2:${p}`),
        port.map((p) => `https://localhost:${p}`),
      ),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

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
