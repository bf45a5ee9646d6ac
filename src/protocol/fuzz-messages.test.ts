import fc from 'fast-check';
import { test } from 'vitest';
import type { MessageSource } from './bridge';
import { createPostMessageBridge } from './bridge';
import type { Canonical } from './canonicalize';
import { canonicalize } from './canonicalize';
import { createTrafficLogger } from './debug-log';
import { normalizeIncoming } from './incoming';
import { CALLID, FUZZ_TIMEOUT_MS, garbageArb, HOST_ORIGIN, hostileArb, keyArb, LIMITS, materialize, SEED, validResult } from '../test/hostile-messages';

/**
 * Seeded fuzzing (issue #5) of the messages a hostile frame can post: to normalizeIncoming
 * and, from any origin and window, to the bridge. The seed and the shared arbitraries are in
 * src/test/hostile-messages.ts.
 */

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
