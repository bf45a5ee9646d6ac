import type { Canonical, CanonicalObject } from './canonicalize';
import { canonicalize, isCanonicalObject } from './canonicalize';
import type { CallContext } from './call-event';
import { asText, callContextFromEvent } from './call-event';
import { packetContent } from './outgoing';

export interface CallbackMode {
  id: number;
  description: string;
  value: string;
}

/** Everything the widget understands from the host, after the vendor's quirks are undone. */
export type IncomingMessage =
  | { kind: 'result'; callid: string; success: boolean; errorText: string | null; technical: string | null }
  | { kind: 'modes'; callid: string; modes: CallbackMode[] }
  | { kind: 'error'; callid: string | null; userMessage: string; technical: string }
  | { kind: 'call'; context: CallContext }
  /** GetPersonalCallbackList's answer (SPEC §12): its entries unread, or `null` when it holds no list (a refusal). */
  | { kind: 'callback-list'; entries: Canonical[] | null };

/**
 * The shapes here are few and loose, so they are read by hand over the canonical tree (keys
 * lower-cased, JSON strings parsed, never a prototype): an id is a string or a number, read
 * as trimmed text (`''` when absent or of another type); every other field is read on its
 * own with `asText`, because hosts send `null` for absent values and one odd field must not
 * void the others (a WS_Error with `msg: null` keeps its callid). The widget's own form rules
 * are a zod schema (callback-rules.ts), loaded when the agent first acts on the form; these
 * checks run at start-up, so they cost no library.
 */
const idOf = (value: Canonical | undefined): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

// Sets and maps, not object literals: `"constructor" in {}` is true, and a subtopic is host-controlled.
const RESULT_SUBTOPICS = new Set(['setcallbackwithcommentsresult', 'setpersonalcallbackwithcommentsresult']);
const MODES_SUBTOPICS = new Set(['callbackmodes', 'getcallbackmodesresult']);
const LIST_SUBTOPICS = new Set(['getpersonalcallbacklistresult', 'personalcallbacklist']);

function field(obj: CanonicalObject, key: string): string {
  const value = obj[key];
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** A packet wraps the real message, sometimes a packet again: up to three hops. */
function unwrapPackets(message: CanonicalObject): CanonicalObject {
  let current = message;
  for (let hops = 0; hops < 3; hops += 1) {
    const inner = packetContent(current);
    if (!inner) break;
    // Canonical in, canonical out: the packet's `message` is already a canonical object.
    current = inner as CanonicalObject;
  }
  return current;
}

function errorTextOf(value: Canonical | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (!isCanonicalObject(value)) return null;
  return asText(value.msg) ?? asText(value.errormessage) ?? asText(value.message) ?? asText(value.error);
}

/** `WS_Error: Invalid Call ID:12345`, for the toast's details (SPEC §3). */
function technicalOf(value: Canonical | undefined): string | null {
  if (!isCanonicalObject(value)) return null;
  return [asText(value.errortype), asText(value.errormessage)].filter(Boolean).join(': ') || null;
}

function parseResult(payload: Canonical | undefined): IncomingMessage | null {
  if (!isCanonicalObject(payload)) return null;
  const callid = idOf(payload.callid);
  if (!callid) return null;
  const response = payload.response;
  const flag = isCanonicalObject(response) ? response.success : undefined;
  const success = flag === true || (typeof flag === 'string' && flag.trim().toLowerCase() === 'true');
  const errorText = success ? null : (errorTextOf(response) ?? errorTextOf(payload));
  const technical = success ? null : (technicalOf(response) ?? technicalOf(payload));
  return { kind: 'result', callid, success, errorText, technical };
}

function parseModes(payload: Canonical | undefined): IncomingMessage | null {
  if (!isCanonicalObject(payload) || !Array.isArray(payload.response)) return null;
  const callid = idOf(payload.callid);
  if (!callid) return null;
  const modes: CallbackMode[] = [];
  for (const entry of payload.response) {
    if (!isCanonicalObject(entry)) continue;
    // ModeID is a string on the wire; the widget sends it back as a number (SPEC §3).
    const raw = idOf(entry.modeid);
    const id = Number(raw);
    if (raw === '' || !Number.isSafeInteger(id)) continue;
    modes.push({ id, description: asText(entry.description) ?? '', value: asText(entry.cvalue) ?? '' });
  }
  return { kind: 'modes', callid, modes };
}

/**
 * The entries in `response` (or a bare list as the payload). Each is checked, and only the
 * first few hundred read, by protocol/callback-list.ts, loaded when an answer arrives.
 */
function parseCallbackList(payload: Canonical | undefined): IncomingMessage {
  const list = isCanonicalObject(payload) ? payload.response : payload;
  return { kind: 'callback-list', entries: Array.isArray(list) ? list : null };
}

function parseError(payload: Canonical | undefined): IncomingMessage {
  if (typeof payload === 'string' || payload === undefined || !isCanonicalObject(payload)) {
    const message = typeof payload === 'string' && payload.trim() ? payload.trim() : 'The agent desktop reported an error.';
    return { kind: 'error', callid: null, userMessage: message, technical: message };
  }
  const errorMessage = asText(payload.errormessage);
  const userMessage = asText(payload.msg) ?? errorMessage ?? 'The agent desktop reported an error.';
  const technical = [asText(payload.errortype), errorMessage].filter(Boolean).join(': ') || userMessage;
  return { kind: 'error', callid: asText(payload.callid), userMessage, technical };
}

/**
 * Reads one `MessageEvent.data` value. Returns `null` for anything that is not a
 * message the widget acts on; never throws, whatever the input.
 */
export function normalizeIncoming(raw: unknown): IncomingMessage | null {
  const root = canonicalize(raw);
  if (!isCanonicalObject(root)) return null;
  const message = unwrapPackets(root);
  const subtopic = field(message, 'subtopic');
  const topic = field(message, 'topic');
  const payload = message.message ?? message.data;

  if (RESULT_SUBTOPICS.has(subtopic)) return parseResult(payload);
  if (MODES_SUBTOPICS.has(subtopic)) return parseModes(payload);
  if (LIST_SUBTOPICS.has(subtopic)) return parseCallbackList(payload);
  if (subtopic === 'ws_error') return parseError(payload);
  if (topic === 'error') return parseError(payload);
  if (subtopic === 'outboundcallstatechange' && isCanonicalObject(payload)) {
    const context = callContextFromEvent(payload);
    return context ? { kind: 'call', context } : null;
  }
  return null;
}
