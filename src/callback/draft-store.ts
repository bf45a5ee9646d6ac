import type { CallbackFormValues } from './form-values';

/**
 * Per-call drafts that survive a reload of the iframe (SPEC §7).
 *
 * A cross-site iframe is often denied storage: Chromium that blocks third-party cookies
 * throws SecurityError on the mere *read* of `window.sessionStorage`. So every touch is
 * guarded, and when sessionStorage is unusable the drafts live in `window.name`, which
 * belongs to the iframe's browsing context and survives its reloads. Never localStorage:
 * comments and phone numbers must not outlive the session.
 */

export interface ScheduledRecord {
  summary: string;
  at: number;
}

interface Saved {
  drafts: Record<string, CallbackFormValues>;
  /** Calls the desktop confirmed: a reload shows "Callback scheduled", not a blank form. */
  scheduled: Record<string, ScheduledRecord>;
  /** Requests sent but not settled: a reload says so instead of inviting a duplicate. */
  sent: Record<string, ScheduledRecord>;
}

type RecordKind = 'scheduled' | 'sent';

export interface DraftStore {
  readonly mode: 'sessionStorage' | 'window.name' | 'memory';
  loadDraft(callid: string): CallbackFormValues | null;
  saveDraft(values: CallbackFormValues): void;
  clearDraft(callid: string): void;
  loadRecord(kind: RecordKind, callid: string): ScheduledRecord | null;
  saveRecord(kind: RecordKind, callid: string, record: ScheduledRecord): void;
  clearRecord(kind: RecordKind, callid: string): void;
}

const KEY = 'set-callback-widget:v1';
const NAME_PREFIX = `${KEY}:`;
/** Keep the last few calls only: window.name is not meant to grow without bound. */
const MAX_CALLS = 10;

interface Backend {
  mode: DraftStore['mode'];
  read(): string | null;
  write(text: string): void;
}

function sessionBackend(win: Window): Backend | null {
  try {
    const storage = win.sessionStorage;
    const probe = `${KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      mode: 'sessionStorage',
      read: () => storage.getItem(KEY),
      write: (text) => storage.setItem(KEY, text),
    };
  } catch {
    return null;
  }
}

function windowNameBackend(win: Window): Backend {
  return {
    mode: 'window.name',
    // Only our own prefix is ever parsed: a host may have given the frame a name of its own.
    read: () => (win.name.startsWith(NAME_PREFIX) ? win.name.slice(NAME_PREFIX.length) : null),
    write: (text) => {
      win.name = NAME_PREFIX + text;
    },
  };
}

export function memoryBackend(): Backend {
  let text: string | null = null;
  return { mode: 'memory', read: () => text, write: (next) => (text = next) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string | null): Saved {
  const empty: Saved = { drafts: {}, scheduled: {}, sent: {} };
  if (!text) return empty;
  try {
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || !isRecord(data.drafts) || !isRecord(data.scheduled)) return empty;
    return {
      drafts: toMap(data.drafts, isDraft),
      scheduled: toMap(data.scheduled, isScheduled),
      sent: isRecord(data.sent) ? toMap(data.sent, isScheduled) : {},
    };
  } catch {
    return empty;
  }
}

function toMap<T>(source: Record<string, unknown>, guard: (value: unknown) => value is T): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(source)) if (guard(value)) out[key] = value;
  return out;
}

const DRAFT_KEYS: (keyof CallbackFormValues)[] = [
  'callid', 'accountNumber', 'userId', 'startDate', 'startTime', 'endDate', 'endTime',
  'modeId', 'callbackType', 'leadScore', 'targetAmount', 'comments',
];

function isDraft(value: unknown): value is CallbackFormValues {
  return isRecord(value) && DRAFT_KEYS.every((key) => typeof value[key] === 'string');
}

function isScheduled(value: unknown): value is ScheduledRecord {
  return isRecord(value) && typeof value.summary === 'string' && typeof value.at === 'number';
}

/** Prefixed so numeric call ids keep insertion order (JS orders integer-like keys first). */
const slot = (callid: string) => `c:${callid}`;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([existing]) => existing !== key));
}

function trim<T>(record: Record<string, T>): Record<string, T> {
  const keys = Object.keys(record);
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const key of keys.slice(-MAX_CALLS)) out[key] = record[key] as T;
  return out;
}

export function createDraftStore(backend: Backend): DraftStore {
  const read = () => {
    try {
      return parse(backend.read());
    } catch {
      return parse(null);
    }
  };
  const write = (saved: Saved) => {
    try {
      backend.write(JSON.stringify({ drafts: trim(saved.drafts), scheduled: trim(saved.scheduled), sent: trim(saved.sent) }));
    } catch {
      // Quota or a storage that turned hostile mid-session: the form keeps working without it.
    }
  };
  return {
    mode: backend.mode,
    loadDraft: (callid) => read().drafts[slot(callid)] ?? null,
    saveDraft(values) {
      const saved = read();
      // Re-inserted last, so the most recent calls are the ones `trim` keeps.
      write({ ...saved, drafts: { ...without(saved.drafts, slot(values.callid)), [slot(values.callid)]: values } });
    },
    clearDraft(callid) {
      const saved = read();
      write({ ...saved, drafts: without(saved.drafts, slot(callid)) });
    },
    loadRecord: (kind, callid) => read()[kind][slot(callid)] ?? null,
    saveRecord(kind, callid, record) {
      const saved = read();
      write({ ...saved, [kind]: { ...without(saved[kind], slot(callid)), [slot(callid)]: record } });
    },
    clearRecord(kind, callid) {
      const saved = read();
      write({ ...saved, [kind]: without(saved[kind], slot(callid)) });
    },
  };
}

/** The best store this browser allows the frame. Never throws. */
export function createBrowserDraftStore(win: Window): DraftStore {
  return createDraftStore(sessionBackend(win) ?? windowNameBackend(win));
}
