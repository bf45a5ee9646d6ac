import { z } from '../protocol/zod';

/**
 * The simulated agent desktop's brain, with no React and no DOM: what it reads from the
 * widget, and what it answers under each scenario. /dev drives it through a real iframe;
 * /demo drives it through the real bridge in memory. Both show exactly these messages.
 */

export type ResultScenario =
  | 'success'
  | 'failure'
  | 'ws-error'
  | 'no-answer'
  | 'delayed'
  | 'twice'
  | 'malformed'
  | 'other-call'
  | 'json-string'
  | 'packet';

export type ModesScenario = 'normal' | 'empty' | 'missing';

export interface ScenarioOption<T extends string> {
  id: T;
  label: string;
  /** What the agent should see, in one sentence. */
  effect: string;
}

export const RESULT_SCENARIOS: readonly ScenarioOption<ResultScenario>[] = [
  { id: 'success', label: 'Success', effect: 'Answers success: true. The widget shows "Callback scheduled".' },
  { id: 'failure', label: 'Rejected (success: false)', effect: 'Answers success: false. The widget shows an error and keeps the input.' },
  { id: 'ws-error', label: "WS_Error 'Invalid Call ID.'", effect: 'Answers with a WS_Error. The widget shows "Invalid Call ID."' },
  { id: 'no-answer', label: 'No answer', effect: 'Stays silent. After its timeout the widget offers Retry.' },
  { id: 'delayed', label: 'Answer after N seconds', effect: 'Answers success after the delay below; a late answer still counts.' },
  { id: 'twice', label: 'Answer twice', effect: 'Sends the success answer twice; the widget settles once.' },
  { id: 'malformed', label: 'Malformed answer', effect: 'Sends broken JSON; the widget ignores it and times out.' },
  { id: 'other-call', label: 'Answer for another call', effect: 'Answers for a different call ID; the widget ignores it and times out.' },
  { id: 'json-string', label: 'Answer as a JSON string', effect: 'Sends the success answer as a JSON string; the widget accepts it.' },
  { id: 'packet', label: 'Answer in a packet envelope', effect: 'Wraps the success answer in a packet; the widget unwraps it.' },
];

export const MODES_SCENARIOS: readonly ScenarioOption<ModesScenario>[] = [
  { id: 'normal', label: 'Three modes', effect: 'Home, Mobile and Work numbers to choose from.' },
  { id: 'empty', label: 'Empty list', effect: 'An empty list: the agent types the mode ID.' },
  { id: 'missing', label: 'No answer', effect: 'Stays silent: after a few seconds the agent types the mode ID.' },
];

export interface HostSettings {
  modes: ModesScenario;
  /** Regular callbacks (SetCallbackWithComments). */
  schedule: ResultScenario;
  /** Personal callbacks (SetPersonalCallbackWithComments). */
  personal: ResultScenario;
  delaySeconds: number;
}

export const DEFAULT_SETTINGS: HostSettings = { modes: 'normal', schedule: 'success', personal: 'success', delaySeconds: 5 };

/** How long a well-behaved desktop takes to answer: long enough to see, short enough not to wait. */
export const ANSWER_DELAY_MS = 250;

export const DEMO_MODES = [
  { ModeID: '1', Description: 'Home', Cvalue: '6591460012' },
  { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' },
  { ModeID: '4', Description: 'Work', Cvalue: '6531870500' },
] as const;

// ── What the widget sends ─────────────────────────────────────────────────────

const webserviceSchema = z.object({
  topic: z.string(),
  subtopic: z.string(),
  data: z.object({ callid: z.string() }),
});

const packetSchema = z.object({
  topic: z.literal(''),
  subTopic: z.literal(''),
  message: webserviceSchema,
  ResponseUrl: z.string(),
  SubscriberID: z.string(),
});

export type RequestKind = 'modes' | 'schedule' | 'personal';

export interface HostRequest {
  kind: RequestKind | null;
  subtopic: string;
  callid: string;
  /** Set when the widget wrapped its message in a packet (it was given a subscriberId). */
  packet: { subscriberId: string; responseUrl: string } | null;
}

const KINDS = new Map<string, RequestKind>([
  ['GetCallBackModes', 'modes'],
  ['SetCallbackWithComments', 'schedule'],
  ['SetPersonalCallbackWithComments', 'personal'],
]);

/** Reads one message from the widget; `null` when it is not one of the widget's requests. */
export function readRequest(data: unknown): HostRequest | null {
  const packet = packetSchema.safeParse(data);
  const plain = packet.success ? null : webserviceSchema.safeParse(data);
  const inner = packet.success ? packet.data.message : plain?.success ? plain.data : null;
  if (!inner) return null;
  return {
    kind: KINDS.get(inner.subtopic) ?? null,
    subtopic: inner.subtopic,
    callid: inner.data.callid,
    packet: packet.success ? { subscriberId: packet.data.SubscriberID, responseUrl: packet.data.ResponseUrl } : null,
  };
}

// ── What the host answers ─────────────────────────────────────────────────────

export interface PlannedAnswer {
  delayMs: number;
  /** Exactly what goes into `postMessage`. */
  data: unknown;
  /** For the log: the subtopic a person would look for. */
  subtopic: string;
  /** For the log: why this answer looks the way it does, when it is odd on purpose. */
  note: string | null;
}

function packetOf(inner: object, hostOrigin: string, subscriberId: string) {
  return { channel: 'LCM', topic: '', subTopic: '', message: inner, ResponseUrl: hostOrigin, SubscriberID: subscriberId };
}

function resultMessage(kind: 'schedule' | 'personal', callid: string, response: object) {
  const name = kind === 'personal' ? 'SetPersonalCallbackWithCommentsResult' : 'SetCallbackWithCommentsResult';
  // The vendor's own sample answer has this leading space; a real host copies it.
  return { channel: 'LCM', topic: 'Webservice', subtopic: ` ${name}`, message: { callid, response } };
}

function wsError(callid: string) {
  return {
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'WS_Error',
    message: { callid, errorType: 'WS_Error', errorMessage: `Invalid Call ID:${callid}`, msg: 'Invalid Call ID.' },
  };
}

/** A call id that is certainly not the one asked about. */
export function otherCallId(callid: string): string {
  return /^\d+$/.test(callid) ? String(Number(callid) + 1) : `${callid}-other`;
}

export interface PlanContext {
  hostOrigin: string;
}

export function planAnswers(request: HostRequest, settings: HostSettings, { hostOrigin }: PlanContext): PlannedAnswer[] {
  const { kind, callid } = request;
  // A host that was spoken to in packets answers in packets.
  const wrap = (inner: object): object =>
    request.packet ? packetOf(inner, hostOrigin, request.packet.subscriberId) : inner;
  const answer = (data: unknown, subtopic: string, note: string | null = null, delayMs = ANSWER_DELAY_MS): PlannedAnswer => ({
    delayMs,
    data,
    subtopic,
    note,
  });

  if (kind === 'modes') {
    if (settings.modes === 'missing') return [];
    const response = settings.modes === 'normal' ? DEMO_MODES : [];
    return [answer(wrap({ channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid, response } }), 'CallbackModes')];
  }
  if (kind !== 'schedule' && kind !== 'personal') return [];

  const scenario = kind === 'personal' ? settings.personal : settings.schedule;
  const success = resultMessage(kind, callid, { success: true });
  const subtopic = success.subtopic.trim();
  switch (scenario) {
    case 'success':
      return [answer(wrap(success), subtopic)];
    case 'failure':
      return [answer(wrap(resultMessage(kind, callid, { success: false })), subtopic, 'success: false')];
    case 'ws-error':
      return [answer(wrap(wsError(callid)), 'WS_Error')];
    case 'no-answer':
      return [];
    case 'delayed': {
      const seconds = Math.max(0, Math.min(600, settings.delaySeconds));
      return [answer(wrap(success), subtopic, `answered after ${seconds} s`, seconds * 1000)];
    }
    case 'twice':
      return [
        answer(wrap(success), subtopic, 'answer 1 of 2'),
        answer(wrap(success), subtopic, 'answer 2 of 2 (a duplicate)', ANSWER_DELAY_MS + 150),
      ];
    case 'malformed': {
      const text = JSON.stringify(wrap(success));
      return [answer(text.slice(0, Math.floor(text.length * 0.6)), subtopic, 'cut short on purpose')];
    }
    case 'other-call': {
      const other = otherCallId(callid);
      return [answer(wrap(resultMessage(kind, other, { success: true })), subtopic, `for call ${other}, not ${callid}`)];
    }
    case 'json-string':
      return [answer(JSON.stringify(wrap(success)), subtopic)];
    case 'packet':
      return [answer(packetOf(success, hostOrigin, request.packet?.subscriberId ?? 'agent-desktop'), subtopic)];
  }
}

// ── Calls ─────────────────────────────────────────────────────────────────────

/** The call as the host's call panel holds it: text, as typed. */
export interface HostCall {
  callid: string;
  accountNumber: string;
  userId: string;
  leadScore: string;
  targetAmount: string;
}

export const DEFAULT_CALL: HostCall = {
  callid: '12345',
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  leadScore: '0',
  targetAmount: '0',
};

const numeric = (value: string): number | string => {
  const trimmed = value.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** An `OutboundCallStateChange` shaped like the vendor's call events (SPEC §3). */
export function buildCallEvent(call: HostCall) {
  return {
    channel: 'Genesys',
    topic: 'OutboundCall',
    subtopic: 'OutboundCallStateChange',
    data: {
      call: {
        id: call.callid,
        state: 'Connected',
        CallVariables: {
          CallId: call.callid,
          AccountNumber: call.accountNumber,
          LeadScore: numeric(call.leadScore),
          TargetAmount: numeric(call.targetAmount),
        },
        User: { UserId: call.userId },
      },
    },
  };
}

// ── Embedding ─────────────────────────────────────────────────────────────────

const BARE_ORIGIN = /^https?:\/\/[^/?#\s]+$/i;

/**
 * The widget must come from a second origin, as in production: a page on `localhost`
 * embeds `127.0.0.1` on the same port, and the other way round. `?widgetOrigin=` overrides.
 */
export function widgetOriginFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  const override = url.searchParams.get('widgetOrigin');
  if (override && BARE_ORIGIN.test(override)) return new URL(override).origin;
  const swapped = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : url.hostname;
  return `${url.protocol}//${swapped}${url.port ? `:${url.port}` : ''}`;
}

export interface EmbedOptions {
  hostOrigin: string;
  subscriberId: string;
  timeoutMs: string;
  theme: 'light' | 'dark' | 'system';
}

/** The iframe's URL: the call context and embedding options as a real host passes them (SPEC §5). */
export function buildWidgetUrl(widgetOrigin: string, call: HostCall, options: EmbedOptions): string {
  const url = new URL('/', widgetOrigin);
  const params: [string, string][] = [
    ['callid', call.callid],
    ['accountNumber', call.accountNumber],
    ['userId', call.userId],
    ['leadScore', call.leadScore],
    ['targetAmount', call.targetAmount],
    ['hostOrigin', options.hostOrigin],
    ['subscriberId', options.subscriberId],
    ['timeoutMs', options.timeoutMs],
    ['theme', options.theme === 'system' ? '' : options.theme],
  ];
  for (const [name, value] of params) if (value.trim() !== '') url.searchParams.set(name, value.trim());
  return url.href;
}

// ── The message log ───────────────────────────────────────────────────────────

const packetLikeSchema = z.object({ topic: z.literal(''), subTopic: z.literal(''), message: z.object({}) });

export interface LogView {
  /** Pretty JSON, or the raw text when it is not JSON. */
  body: string;
  tags: string[];
}

/** How a message looks in the log: pretty JSON, with what is unusual about it named. */
export function viewOf(data: unknown): LogView {
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data);
      return { body: prettyJson(parsed), tags: ['JSON string', ...viewOf(parsed).tags] };
    } catch {
      return { body: data, tags: ['not valid JSON'] };
    }
  }
  const tags = packetLikeSchema.safeParse(data).success ? ['packet'] : [];
  try {
    // A JSON round trip first: what postMessage carried, minus what JSON cannot show.
    const plain: unknown = JSON.parse(JSON.stringify(data) ?? 'null');
    return { body: prettyJson(plain), tags };
  } catch {
    return { body: String(data), tags: [...tags, 'not serialisable'] };
  }
}

/** About what the log column shows on one line at its font size. */
const INLINE_WIDTH = 48;

/**
 * JSON.stringify(…, 2) with one difference that matters in a narrow log: an object or
 * array of plain values that fits on a line stays on one line (a mode, a response).
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const isArray = Array.isArray(value);
  const entries: [string | null, unknown][] = isArray
    ? value.map((item: unknown): [null, unknown] => [null, item])
    : Object.entries(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  const part = ([key, item]: [string | null, unknown]) => `${key === null ? '' : `${JSON.stringify(key)}: `}${prettyJson(item, inner)}`;
  const flat = entries.every(([, item]) => item === null || typeof item !== 'object');
  const inline = `${open} ${entries.map(part).join(', ')} ${close}`;
  if (flat && indent.length + inline.length <= INLINE_WIDTH) return inline;
  return `${open}\n${entries.map((entry) => inner + part(entry)).join(',\n')}\n${indent}${close}`;
}

/** `14:03:07.120`: the log needs the order of events within a second. */
export function clockTime(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
