import type { ResultScenario, Scenario } from './scenario';
import { MAX_LATE_MS } from './scenario';
import type { HostRequest } from './wire';
import { callbackListMessage, listError, modesMessage, otherCallId, packetOf, resultMessage, wsError } from './wire';

export interface PlannedAnswer {
  delayMs: number;
  /** Exactly what goes into `postMessage`. */
  data: unknown;
  /** For the log: the subtopic a person would look for. */
  subtopic: string;
  /** For the log: why this answer looks the way it does, when it is odd on purpose. */
  note: string | null;
}

/** A duplicate follows the first answer by this much. */
const DUPLICATE_GAP_MS = 150;

/**
 * The outcomes after which the desktop has booked the callback: it answered success, late
 * or not, or its success answer broke on the way. A silent desktop lost the request.
 */
const BOOKING_OUTCOMES: ReadonlySet<ResultScenario> = new Set<ResultScenario>(['success', 'late', 'twice', 'malformed', 'json-string', 'packet']);
export const books = (outcome: ResultScenario): boolean => BOOKING_OUTCOMES.has(outcome);

/**
 * What the desktop answers to one request under a scenario: nothing, once, or more.
 * `listed`: what GetPersonalCallbackList lists now (the scenario's entries and the booked ones).
 */
export function planAnswers(request: HostRequest, scenario: Scenario, hostOrigin: string, listed: readonly unknown[] = []): PlannedAnswer[] {
  const { kind, callid } = request;
  // A host that was spoken to in packets answers in packets.
  const wrap = (inner: object): object => (request.packet ? packetOf(inner, hostOrigin, request.packet.subscriberId) : inner);
  const answer = (data: unknown, subtopic: string, note: string | null = null, delayMs = scenario.replyAfterMs): PlannedAnswer => ({
    delayMs,
    data,
    subtopic,
    note,
  });

  if (kind === 'modes') {
    if (scenario.modes === 'silent') return [];
    const response = scenario.modes === 'list' ? scenario.modeList : [];
    return [answer(wrap(modesMessage(callid, response)), 'CallbackModes')];
  }
  if (kind === 'list') {
    if (scenario.callbackList === 'silent') return [];
    if (scenario.callbackList === 'error') return [answer(wrap(listError()), 'WS_Error', 'cannot list callbacks')];
    return [answer(wrap(callbackListMessage(listed)), 'GetPersonalCallbackListResult', `${listed.length} listed`)];
  }
  if (kind !== 'schedule' && kind !== 'personal') return [];

  const outcome = kind === 'personal' ? scenario.personal : scenario.schedule;
  const success = resultMessage(kind, callid, { success: true });
  const subtopic = success.subtopic.trim();
  switch (outcome) {
    case 'success':
      return [answer(wrap(success), subtopic)];
    case 'failure': {
      const response = scenario.failureText === null ? { success: false } : { success: false, msg: scenario.failureText };
      return [answer(wrap(resultMessage(kind, callid, response)), subtopic, 'success: false')];
    }
    case 'ws-error':
      return [answer(wrap(wsError(callid)), 'WS_Error')];
    case 'silent':
      return [];
    case 'late': {
      const delayMs = Math.max(0, Math.min(MAX_LATE_MS, scenario.lateAfterMs));
      return [answer(wrap(success), subtopic, `answered after ${delayMs / 1000} s`, delayMs)];
    }
    case 'twice':
      return [
        answer(wrap(success), subtopic, 'answer 1 of 2'),
        answer(wrap(success), subtopic, 'answer 2 of 2 (a duplicate)', scenario.replyAfterMs + DUPLICATE_GAP_MS),
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
