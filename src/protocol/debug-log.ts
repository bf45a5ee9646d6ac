import type { TrafficEntry } from './bridge';
import { isPacket, unwrapPacket } from './outgoing';

/**
 * One compact line per message in or out, only with `?debug=1` (SPEC §8): the payloads
 * carry comments and phone numbers, so without the flag nothing reaches the console.
 */
export function describeTraffic(entry: TrafficEntry): string {
  if (entry.direction === 'ignored') return `ignored  ${entry.origin} (wrong ${entry.reason})`;
  if (entry.direction === 'out') {
    const inner = unwrapPacket(entry.message);
    return `out → ${entry.origin} ${inner.subtopic}${isPacket(entry.message) ? ' (packet)' : ''} ${JSON.stringify(entry.message)}`;
  }
  const kind = entry.message ? entry.message.kind : 'unrecognised';
  return `in  ← ${entry.origin} ${kind} ${safeJson(entry.data)}`;
}

function safeJson(value: unknown): string {
  try {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const cut = text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
    // A host may send pretty-printed JSON strings: one message stays one log line. Cut first,
    // and no `\s*` before the line break: that backtracks quadratically on a megabyte of spaces.
    return cut.replace(/[\r\n\u2028\u2029]\s*/g, ' ');
  } catch {
    return '[unserialisable]';
  }
}

export interface TrafficCounter {
  (entry: TrafficEntry): void;
  readonly counts: { sent: number; received: number; ignored: number };
}

/** Only created with `?debug=1`; without it the bridge gets no logger at all. */
export function createTrafficLogger(log: (line: string) => void = console.info): TrafficCounter {
  const counts = { sent: 0, received: 0, ignored: 0 };
  const logger = (entry: TrafficEntry) => {
    if (entry.direction === 'out') counts.sent += 1;
    else if (entry.direction === 'in') counts.received += 1;
    else counts.ignored += 1;
    log(`[set-callback] ${describeTraffic(entry)}`);
  };
  return Object.assign(logger, { counts });
}
