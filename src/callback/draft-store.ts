import type { CallbackFormValues } from './form-values';

/**
 * Per-call drafts that survive a reload of the iframe (SPEC §7).
 *
 * A cross-site iframe is often denied storage: Chromium that blocks third-party cookies
 * throws SecurityError on the mere *read* of `window.sessionStorage`. So every touch is
 * guarded, and when sessionStorage is unusable the drafts live in `window.name`, which
 * belongs to the iframe's browsing context and survives its reloads (unless the host named
 * the frame: that name stays the host's). Never localStorage:
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

/**
 * The drafts ride in `window.name` (`set-callback-widget:v1:<json>`), which belongs to the
 * frame and survives its reloads. But a host may have named the frame to find it
 * (`window.frames['callback']`, `target="callback"`), and a cross-origin frame is found only
 * under exactly the name the host gave it: any change, even a suffix, hides it from the host.
 * So a named frame keeps its name and the drafts stay in memory. Writing them at unload
 * instead is no way out: Chromium drops a name set that late, or applies it after the next
 * document has started, which hides the frame again. Drafts an older version left after a
 * host's name are still read, and the name is given back.
 */
function windowNameBackend(win: Window): Backend {
  const at = win.name.indexOf(NAME_PREFIX);
  const hostName = at === -1 ? win.name : win.name.slice(0, at);
  let text: string | null = at === -1 ? null : win.name.slice(at + NAME_PREFIX.length);
  const named = hostName !== '';
  if (named && at !== -1) win.name = hostName;
  return {
    mode: named ? 'memory' : 'window.name',
    read: () => text,
    write: (next) => {
      text = next;
      if (!named) win.name = NAME_PREFIX + next;
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
      drafts: toMap(data.drafts, asDraft),
      scheduled: toMap(data.scheduled, asScheduled),
      sent: isRecord(data.sent) ? toMap(data.sent, asScheduled) : {},
    };
  } catch {
    return empty;
  }
}

/** The entries `read` accepts, as it returns them; the others are dropped. */
function toMap<T>(source: Record<string, unknown>, read: (value: unknown) => T | null): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(source)) {
    const entry = read(value);
    if (entry !== null) out[key] = entry;
  }
  return out;
}

const DRAFT_KEYS: (keyof CallbackFormValues)[] = [
  'callid', 'customerZone', 'accountNumber', 'userId', 'startDate', 'startTime', 'endDate', 'endTime',
  'modeId', 'callbackType', 'leadScore', 'targetAmount', 'comments',
];

function isDraft(value: unknown): value is CallbackFormValues {
  return isRecord(value) && DRAFT_KEYS.every((key) => typeof value[key] === 'string');
}

/** A draft an earlier version saved has no customer zone: its window was on the agent's clock. */
function asDraft(value: unknown): CallbackFormValues | null {
  if (!isRecord(value)) return null;
  const draft = typeof value.customerZone === 'string' ? value : { ...value, customerZone: Temporal.Now.timeZoneId() };
  return isDraft(draft) ? draft : null;
}

function asScheduled(value: unknown): ScheduledRecord | null {
  return isRecord(value) && typeof value.summary === 'string' && typeof value.at === 'number' ? { summary: value.summary, at: value.at } : null;
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

function serialise(saved: Saved): string {
  return JSON.stringify({ drafts: trim(saved.drafts), scheduled: trim(saved.scheduled), sent: trim(saved.sent) });
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
      backend.write(serialise(saved));
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

/**
 * Drafts an earlier document of this frame left in `window.name` (it had no storage) move
 * into sessionStorage when this one has it, e.g. in Firefox, which partitions a cross-site
 * frame's storage instead of denying it: otherwise they would survive the reload and never
 * be read. What sessionStorage already holds for a call wins. The host's name is left alone.
 */
function adoptWindowNameDrafts(win: Window, session: Backend): void {
  const name = win.name;
  const at = name.indexOf(NAME_PREFIX);
  if (at === -1) return;
  const left = parse(name.slice(at + NAME_PREFIX.length));
  const kept = parse(session.read());
  const merged: Saved = {
    drafts: { ...left.drafts, ...kept.drafts },
    scheduled: { ...left.scheduled, ...kept.scheduled },
    sent: { ...left.sent, ...kept.sent },
  };
  session.write(serialise(merged));
  win.name = name.slice(0, at);
}

/** The best store this browser allows the frame. Never throws. */
export function createBrowserDraftStore(win: Window): DraftStore {
  const session = sessionBackend(win);
  if (!session) return createDraftStore(windowNameBackend(win));
  try {
    adoptWindowNameDrafts(win, session);
  } catch {
    // A storage that refuses the write: the drafts stay where they are, the form still works.
  }
  return createDraftStore(session);
}
