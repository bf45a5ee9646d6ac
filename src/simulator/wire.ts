import { z } from '../protocol/zod';
import { packetContent } from '../protocol/outgoing';

/** What the simulated desktop reads from the widget and the messages it writes back (SPEC §2, §3). */

const webserviceSchema = z.object({
  topic: z.string(),
  subtopic: z.string(),
  data: z.object({ callid: z.string() }),
});

const envelopeSchema = z.object({ ResponseUrl: z.string(), SubscriberID: z.string() });

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

export const SUBTOPIC_OF: Record<RequestKind, string> = {
  modes: 'GetCallBackModes',
  schedule: 'SetCallbackWithComments',
  personal: 'SetPersonalCallbackWithComments',
};

/** Reads one message from the widget; `null` when it is not one of the widget's requests. */
export function readRequest(data: unknown): HostRequest | null {
  const content = packetContent(data);
  const envelope = content ? envelopeSchema.safeParse(data) : null;
  if (envelope && !envelope.success) return null;
  const inner = webserviceSchema.safeParse(content ?? data);
  if (!inner.success) return null;
  return {
    kind: KINDS.get(inner.data.subtopic) ?? null,
    subtopic: inner.data.subtopic,
    callid: inner.data.data.callid,
    packet: envelope?.success ? { subscriberId: envelope.data.SubscriberID, responseUrl: envelope.data.ResponseUrl } : null,
  };
}

export function packetOf(inner: object, hostOrigin: string, subscriberId: string) {
  return { channel: 'LCM', topic: '', subTopic: '', message: inner, ResponseUrl: hostOrigin, SubscriberID: subscriberId };
}

export function modesMessage(callid: string, response: readonly object[]) {
  return { channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid, response } };
}

export function resultMessage(kind: 'schedule' | 'personal', callid: string, response: object) {
  const name = kind === 'personal' ? 'SetPersonalCallbackWithCommentsResult' : 'SetCallbackWithCommentsResult';
  // The vendor's own sample answer has this leading space; a real host copies it.
  return { channel: 'LCM', topic: 'Webservice', subtopic: ` ${name}`, message: { callid, response } };
}

export function wsError(callid: string) {
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

/** The call as the desktop holds it: text, as typed into /dev's call panel. */
export interface HostCall {
  callid: string;
  accountNumber: string;
  userId: string;
  leadScore: string;
  targetAmount: string;
  /** The customer's IANA zone, sent as `CallVariables.TimeZone` when set (SPEC §11). */
  timeZone?: string;
}

export const DEFAULT_CALL: HostCall = {
  callid: '12345',
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  leadScore: '0',
  targetAmount: '0',
  timeZone: '',
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
          ...(call.timeZone?.trim() ? { TimeZone: call.timeZone.trim() } : {}),
        },
        User: { UserId: call.userId },
      },
    },
  };
}
