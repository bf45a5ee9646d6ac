import type { Canonical, CanonicalObject } from './canonicalize';
import { isCanonicalObject } from './canonicalize';

/** What the widget knows about the active call (SPEC §3, §5). */
export interface CallContext {
  callid: string;
  accountNumber: string;
  userId: string;
  leadScore: number | null;
  targetAmount: number | null;
  /** The customer's IANA zone as the desktop gave it (`CallVariables.TimeZone`), unchecked. */
  timeZone?: string | null;
}

/** `GetCallBackModes` names the call by both its ID and its LCM key: without either there is nothing to ask. */
export const canAskModes = ({ callid, accountNumber }: Pick<CallContext, 'callid' | 'accountNumber'>): boolean => callid !== '' && accountNumber !== '';

/**
 * Where each field of an `OutboundCallStateChange` payload lives. The vendor does not
 * document these paths; they are the spec's assumptions, so they live here, and only
 * here, as data. Keys are the canonical (lower-case) ones.
 */
export const CALL_EVENT_PATHS = {
  callid: [['call', 'callid'], ['call', 'callvariables', 'callid'], ['call', 'id']],
  accountNumber: [['call', 'callvariables', 'accountnumber'], ['call', 'callvariables', 'lcmkey']],
  userId: [['call', 'user', 'userid'], ['call', 'user', 'loginname']],
  leadScore: [['call', 'callvariables', 'leadscore']],
  targetAmount: [['call', 'callvariables', 'targetamount']],
  timeZone: [['call', 'callvariables', 'timezone']],
} as const satisfies Record<keyof CallContext, readonly (readonly string[])[]>;

function at(root: CanonicalObject, path: readonly string[]): Canonical | undefined {
  let node: Canonical | undefined = root;
  for (const key of path) {
    if (!isCanonicalObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function first<T>(root: CanonicalObject, paths: readonly (readonly string[])[], read: (v: Canonical | undefined) => T | null): T | null {
  for (const path of paths) {
    const found = read(at(root, path));
    if (found !== null) return found;
  }
  return null;
}

/** Maps a call event payload to a context; `null` when it names no call. */
export function callContextFromEvent(payload: CanonicalObject): CallContext | null {
  const callid = first(payload, CALL_EVENT_PATHS.callid, asText);
  if (!callid) return null;
  const timeZone = first(payload, CALL_EVENT_PATHS.timeZone, asText);
  return {
    callid,
    accountNumber: first(payload, CALL_EVENT_PATHS.accountNumber, asText) ?? '',
    userId: first(payload, CALL_EVENT_PATHS.userId, asText) ?? '',
    leadScore: first(payload, CALL_EVENT_PATHS.leadScore, asNumber),
    targetAmount: first(payload, CALL_EVENT_PATHS.targetAmount, asNumber),
    ...(timeZone ? { timeZone } : {}),
  };
}
