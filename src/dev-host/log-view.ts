import { normalizeIncoming } from '../protocol/incoming';
import { isPacket } from '../protocol/outgoing';
import type { DesktopTraffic } from '../simulator/agent-desktop';

/** How a message looks in /dev's log. */

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
  const tags = isPacket(data) ? ['packet'] : [];
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

/** What an entry's one collapsed line says besides its direction and subtopic. */
export interface LogLine {
  callid: string | null;
  /** The one thing to know at a glance: the outcome of an answer, or what is unusual about the message. */
  badge: string | null;
}

/** Reads an answer the way the widget does, so the line says what the widget made of it. */
export function lineOf(entry: Pick<DesktopTraffic, 'direction' | 'data' | 'request'>, tags: readonly string[]): LogLine {
  if (entry.direction === 'from-widget') return { callid: entry.request?.callid ?? null, badge: tags[0] ?? null };
  const message = normalizeIncoming(entry.data);
  switch (message?.kind) {
    case 'result':
      return { callid: message.callid, badge: message.success ? 'success' : 'failed' };
    case 'modes':
      return { callid: message.callid, badge: `${message.modes.length} mode${message.modes.length === 1 ? '' : 's'}` };
    case 'error':
      return { callid: message.callid, badge: 'error' };
    case 'call':
      return { callid: message.context.callid, badge: 'new call' };
    case 'callback-list': {
      // The list names no call. Entries as sent: the widget then skips any it cannot read.
      const count = message.entries?.length;
      return { callid: null, badge: count === undefined ? 'error' : `${count} ${count === 1 ? 'entry' : 'entries'}` };
    }
    default:
      return { callid: null, badge: tags[0] ?? 'not understood' };
  }
}
