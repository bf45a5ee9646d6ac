import { z } from '../protocol/zod';
import { packetContent } from '../protocol/outgoing';
import type { WireMode } from './scenario';

/** What the simulated desktop reads from the widget and the messages it writes back (SPEC §2, §3). */

const webserviceSchema = z.object({
  topic: z.string(),
  subtopic: z.string(),
  // GetPersonalCallbackList names no call.
  data: z.object({ callid: z.optional(z.string()) }),
});

const envelopeSchema = z.object({ ResponseUrl: z.string(), SubscriberID: z.string() });

export type RequestKind = 'modes' | 'schedule' | 'personal' | 'list';

export interface HostRequest {
  kind: RequestKind | null;
  subtopic: string;
  /** Empty for GetPersonalCallbackList, which names no call. */
  callid: string;
  /** Set when the widget wrapped its message in a packet (it was given a subscriberId). */
  packet: { subscriberId: string; responseUrl: string } | null;
}

const KINDS = new Map<string, RequestKind>([
  ['GetCallBackModes', 'modes'],
  ['SetCallbackWithComments', 'schedule'],
  ['SetPersonalCallbackWithComments', 'personal'],
  ['GetPersonalCallbackList', 'list'],
]);

export const SUBTOPIC_OF: Record<RequestKind, string> = {
  modes: 'GetCallBackModes',
  schedule: 'SetCallbackWithComments',
  personal: 'SetPersonalCallbackWithComments',
  list: 'GetPersonalCallbackList',
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
    callid: inner.data.data.callid ?? '',
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

/** One entry of GetPersonalCallbackList's answer, as the vendor lists it (SPEC §12). */
export interface WireCallback {
  RowNumber: number;
  CampaignID: string;
  ContactID: string;
  ModeNumber: string;
  ModeDesc: string;
  CValue: string;
  CallStartDate: string;
  CallStartTime: string;
  CallEndDate: string;
  CallEndTime: string;
}

export function callbackListMessage(response: readonly unknown[]) {
  return { channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackListResult', message: { response } };
}

/** What a desktop without the list service answers: a WS_Error that names no call. */
export function listError() {
  return {
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'WS_Error',
    message: { errorType: 'WS_Error', errorMessage: 'GetPersonalCallbackList is not available', msg: 'Callbacks cannot be listed.' },
  };
}

const bookingSchema = z.object({
  data: z.object({
    AccountNumber: z.string(),
    StartDate: z.string(),
    StartTime: z.string(),
    EndDate: z.string(),
    EndTime: z.string(),
    CallbackModeId: z.number(),
  }),
});

/** The callback a SetCallbackWithComments (plain or in a packet) books, as the desktop will list it; `null` for anything else. */
export function bookingOf(message: unknown, modes: readonly WireMode[], row: number): WireCallback | null {
  const parsed = bookingSchema.safeParse(packetContent(message) ?? message);
  if (!parsed.success) return null;
  const { AccountNumber, StartDate, StartTime, EndDate, EndTime, CallbackModeId } = parsed.data.data;
  const mode = modes.find((candidate) => candidate.ModeID === String(CallbackModeId));
  return {
    RowNumber: row,
    CampaignID: AccountNumber.split('|')[0] ?? '',
    ContactID: AccountNumber,
    ModeNumber: String(CallbackModeId),
    ModeDesc: mode?.Description ?? '',
    CValue: mode?.Cvalue ?? '',
    CallStartDate: StartDate,
    CallStartTime: StartTime,
    CallEndDate: EndDate,
    CallEndTime: EndTime,
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
