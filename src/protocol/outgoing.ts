/** Messages the widget sends to the host (SPEC §2). Strict: exactly these keys and types. */

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

export type RequestSubtopic = 'SetCallbackWithComments' | 'SetPersonalCallbackWithComments' | 'GetCallBackModes';

export interface WebserviceMessage {
  channel: 'LCM';
  topic: 'Webservice';
  subtopic: RequestSubtopic;
  source: string;
  data: SetCallbackData | GetModesData;
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
  data: SetCallbackData | GetModesData,
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

/** The inner message, whether or not it travels in a packet. */
export function innerMessage(message: OutgoingMessage): WebserviceMessage {
  return 'message' in message ? message.message : message;
}
