/** Messages the widget sends to the host (SPEC §2). Strict: exactly these keys and types. */
import { instantOf, vendorDate } from '../time/zoned-time';

export const DEFAULT_SOURCE = 'set-callback-widget';

export interface SetCallbackData {
  callid: string;
  AccountNumber: string;
  StartDate: string;
  EndDate: string;
  StartTime: string;
  EndTime: string;
  CallbackModeId: number;
  UserID: string;
  AgentComments: string;
  LeadScore: number;
  TargetAmount: number;
}

export interface GetModesData {
  callid: string;
  AccountNumber: string;
}

/** GetPersonalCallbackList's `NoOfRecords`: one page, from `StartingNo` 1. */
export const LIST_PAGE_SIZE = 100;

/** GetPersonalCallbackList (SPEC §12): the agent's callbacks between two dates, `DD/MM/YYYY` in the schedule zone. */
export interface GetCallbackListData {
  UserID: string;
  FromDate: string;
  ToDate: string;
  StartingNo: number;
  NoOfRecords: number;
}

/** The agent's callbacks from today to `maxDaysAhead` days on, today being `now`'s day in the schedule zone. */
export function callbackListData(userId: string, { scheduleZone, maxDaysAhead }: { scheduleZone: string; maxDaysAhead: number }, now: Date): GetCallbackListData {
  const today = instantOf(now).toZonedDateTimeISO(scheduleZone);
  return { UserID: userId, FromDate: vendorDate(today), ToDate: vendorDate(today.add({ days: maxDaysAhead })), StartingNo: 1, NoOfRecords: LIST_PAGE_SIZE };
}

export type RequestData = SetCallbackData | GetModesData | GetCallbackListData;

export type RequestSubtopic = 'SetCallbackWithComments' | 'SetPersonalCallbackWithComments' | 'GetCallBackModes' | 'GetPersonalCallbackList';

export interface WebserviceMessage {
  channel: 'LCM';
  topic: 'Webservice';
  subtopic: RequestSubtopic;
  source: string;
  data: RequestData;
}

export interface PacketMessage {
  channel: 'LCM';
  topic: '';
  subTopic: '';
  message: WebserviceMessage;
  ResponseUrl: string;
  SubscriberID: string;
}

export type OutgoingMessage = WebserviceMessage | PacketMessage;

export interface Envelope {
  source: string;
  /** When set, every message is wrapped in a packet (SPEC §3, §5). */
  subscriberId: string | null;
  /** The widget's own origin: the packet's `ResponseUrl`. */
  ownOrigin: string;
}

export function buildMessage(
  subtopic: RequestSubtopic,
  data: RequestData,
  envelope: Envelope,
): OutgoingMessage {
  const message: WebserviceMessage = { channel: 'LCM', topic: 'Webservice', subtopic, source: envelope.source, data };
  if (!envelope.subscriberId) return message;
  return {
    channel: 'LCM',
    topic: '',
    subTopic: '',
    message,
    ResponseUrl: envelope.ownOrigin,
    SubscriberID: envelope.subscriberId,
  };
}

/** A `topic`/`subTopic` that is absent, not text or blank: what a packet carries. */
function blankField(value: object, name: 'topic' | 'subtopic'): boolean {
  const key = Object.keys(value).find((candidate) => candidate.trim().toLowerCase() === name);
  const field: unknown = key === undefined ? undefined : (value as Record<string, unknown>)[key];
  return typeof field !== 'string' || field.trim() === '';
}

/**
 * The message a packet carries, or `null` when `value` is not a packet. A packet is
 * `{ channel, topic: "", subTopic: "", message: {…}, ResponseUrl, SubscriberID }` (SPEC §3, §5);
 * keys are read in any case, and a topic or subtopic that is absent counts as empty.
 * The one packet test: the widget's reader, the simulated desktop and the logs all use it.
 */
export function packetContent(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (!blankField(value, 'topic') || !blankField(value, 'subtopic')) return null;
  const key = Object.keys(value).find((candidate) => candidate.trim().toLowerCase() === 'message');
  const inner: unknown = key === undefined ? undefined : (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : null;
}

export function isPacket(value: unknown): boolean {
  return packetContent(value) !== null;
}

/** The message inside, whether or not it travels in a packet. */
export function unwrapPacket(message: OutgoingMessage): WebserviceMessage;
export function unwrapPacket(value: unknown): unknown;
export function unwrapPacket(value: unknown): unknown {
  return packetContent(value) ?? value;
}
