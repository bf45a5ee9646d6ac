import { afterEach, expect, test, vi } from 'vitest';
import type { CallbackFormValues } from './form-values';
import { createBrowserDraftStore, createDraftStore, memoryBackend } from './draft-store';
import { SAMPLE_FORM_VALUES } from '../test/fixtures';

const draft = (callid: string, overrides: Partial<CallbackFormValues> = {}): CallbackFormValues => ({
  ...SAMPLE_FORM_VALUES,
  callid,
  callbackType: 'personal',
  leadScore: '42',
  targetAmount: '1250.50',
  comments: `Call ${callid} back after lunch`,
  ...overrides,
});

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A stand-in for the iframe's window; touching localStorage is recorded, never allowed. */
function fakeWindow(sessionStorage: () => FakeStorage, name = '') {
  const touched: string[] = [];
  let events = new EventTarget();
  const win = {
    name,
    get sessionStorage() {
      return sessionStorage();
    },
    get localStorage() {
      touched.push('localStorage');
      throw new Error('the draft store must never touch localStorage');
    },
    addEventListener: (type: string, listener: EventListener) => events.addEventListener(type, listener),
    removeEventListener: (type: string, listener: EventListener) => events.removeEventListener(type, listener),
  };
  /** The document unloads (pagehide) and the next one starts in the same window, which keeps its name. */
  const reload = () => {
    events.dispatchEvent(new Event('pagehide'));
    events = new EventTarget();
  };
  return { win: win as unknown as Window, touched, reload };
}

const denied = (): FakeStorage => {
  throw new DOMException('denied', 'SecurityError');
};

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.name = '';
});

test('a draft saved for a call is restored for that call only', () => {
  const store = createDraftStore(memoryBackend());
  store.saveDraft(draft('A'));
  store.saveDraft(draft('B', { comments: 'Other customer' }));
  expect(store.loadDraft('A')).toEqual(draft('A'));
  expect(store.loadDraft('B')).toEqual(draft('B', { comments: 'Other customer' }));
  expect(store.loadDraft('C')).toBeNull();
});

test('saving a draft again replaces the previous one for that call', () => {
  const store = createDraftStore(memoryBackend());
  store.saveDraft(draft('A'));
  store.saveDraft(draft('A', { comments: 'Updated' }));
  expect(store.loadDraft('A')?.comments).toBe('Updated');
});

test('clearing a draft clears that call and leaves the others', () => {
  const store = createDraftStore(memoryBackend());
  store.saveDraft(draft('A'));
  store.saveDraft(draft('B'));
  store.clearDraft('A');
  expect(store.loadDraft('A')).toBeNull();
  expect(store.loadDraft('B')).toEqual(draft('B'));
});

test('scheduled records round trip per call, independently of drafts', () => {
  const store = createDraftStore(memoryBackend());
  const record = { summary: '11/06/2026 13:45 – 14:45 · Mobile', at: 1_781_000_000_000 };
  store.saveDraft(draft('A'));
  store.saveRecord('scheduled', 'A', record);
  store.clearDraft('A');
  expect(store.loadRecord('scheduled', 'A')).toEqual(record);
  expect(store.loadRecord('scheduled', 'B')).toBeNull();
  store.clearRecord('scheduled', 'A');
  expect(store.loadRecord('scheduled', 'A')).toBeNull();
});

test('corrupt or foreign stored text reads as empty without throwing, and saving recovers', () => {
  for (const text of ['{"drafts": {', 'null', '[]', '"text"', '{"drafts": []}', '{"drafts": {}, "scheduled": 4}']) {
    const backend = memoryBackend();
    backend.write(text);
    const store = createDraftStore(backend);
    expect(store.loadDraft('A'), text).toBeNull();
    expect(store.loadRecord('scheduled', 'A'), text).toBeNull();
    store.saveDraft(draft('A'));
    expect(store.loadDraft('A'), text).toEqual(draft('A'));
  }
});

test('a stored draft with a missing or non-text field is not restored', () => {
  const backend = memoryBackend();
  const incomplete: Partial<CallbackFormValues> = draft('A');
  delete incomplete.comments;
  backend.write(JSON.stringify({ drafts: { 'c:A': incomplete, 'c:B': { ...draft('B'), leadScore: 42 } }, scheduled: {} }));
  const store = createDraftStore(backend);
  expect(store.loadDraft('A')).toBeNull();
  expect(store.loadDraft('B')).toBeNull();
});

test('keeps the 10 most recent calls and drops the oldest, even for numeric call ids', () => {
  const store = createDraftStore(memoryBackend());
  // Descending ids: a plain object would order integer-like keys ascending and drop the newest.
  const ids = ['20', '19', '18', '17', '16', '15', '14', '13', '12', '11', '10'];
  for (const id of ids) {
    store.saveDraft(draft(id));
    store.saveRecord('scheduled', id, { summary: `call ${id}`, at: Number(id) });
  }
  expect(store.loadDraft('20')).toBeNull();
  expect(store.loadRecord('scheduled', '20')).toBeNull();
  for (const id of ids.slice(1)) {
    expect(store.loadDraft(id), id).toEqual(draft(id));
    expect(store.loadRecord('scheduled', id), id).toEqual({ summary: `call ${id}`, at: Number(id) });
  }
});

test('saving a draft again makes that call recent, so it outlives older ones', () => {
  const store = createDraftStore(memoryBackend());
  for (let id = 1; id <= 10; id += 1) store.saveDraft(draft(String(id)));
  store.saveDraft(draft('1', { comments: 'still typing' }));
  store.saveDraft(draft('11'));
  expect(store.loadDraft('1')?.comments).toBe('still typing');
  expect(store.loadDraft('2')).toBeNull();
});

test('a backend that throws on read or write never breaks the form', () => {
  const store = createDraftStore({
    mode: 'memory',
    read: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    write: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  });
  expect(() => store.saveDraft(draft('A'))).not.toThrow();
  expect(store.loadDraft('A')).toBeNull();
  expect(() => store.clearDraft('A')).not.toThrow();
  expect(() => store.saveRecord('scheduled', 'A', { summary: 's', at: 1 })).not.toThrow();
});

test('when reading sessionStorage throws SecurityError the draft lives in window.name and survives a reload', () => {
  const { win, touched, reload } = fakeWindow(denied);
  const store = createBrowserDraftStore(win);
  expect(store.mode).toBe('window.name');
  store.saveDraft(draft('12345'));
  store.saveRecord('scheduled', '777', { summary: 'done', at: 1 });

  reload();
  const afterReload = createBrowserDraftStore(win);
  expect(afterReload.mode).toBe('window.name');
  expect(afterReload.loadDraft('12345')).toEqual(draft('12345'));
  expect(afterReload.loadRecord('scheduled', '777')).toEqual({ summary: 'done', at: 1 });
  expect(touched).toEqual([]);
});

test('a sessionStorage that exists but refuses writes falls back to window.name', () => {
  const refusing = new FakeStorage();
  refusing.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  const { win, reload } = fakeWindow(() => refusing);
  const store = createBrowserDraftStore(win);
  expect(store.mode).toBe('window.name');
  store.saveDraft(draft('A'));
  reload();
  expect(createBrowserDraftStore(win).loadDraft('A')).toEqual(draft('A'));
});

test('a window.name the host set for its own use is not read as a draft', () => {
  for (const name of ['agent-desktop-callback-frame', '{"drafts":{"c:A":{}},"scheduled":{}}', 'set-callback-widget:v1:{oops']) {
    const { win } = fakeWindow(denied, name);
    const store = createBrowserDraftStore(win);
    expect(() => store.loadDraft('A'), name).not.toThrow();
    expect(store.loadDraft('A'), name).toBeNull();
    expect(store.loadRecord('scheduled', 'A'), name).toBeNull();
  }
});

test('with a working sessionStorage the draft is kept there, not in window.name', () => {
  const storage = new FakeStorage();
  const { win, touched } = fakeWindow(() => storage, 'host-frame');
  const store = createBrowserDraftStore(win);
  expect(store.mode).toBe('sessionStorage');
  store.saveDraft(draft('A'));
  expect(win.name).toBe('host-frame');
  expect([...storage.items.keys()]).toEqual(['set-callback-widget:v1']);
  expect(createBrowserDraftStore(win).loadDraft('A')).toEqual(draft('A'));
  expect(touched).toEqual([]);
});

test('in a real DOM window the draft goes to sessionStorage and localStorage stays untouched', () => {
  const localStorageRead = vi.spyOn(window, 'localStorage', 'get');
  const store = createBrowserDraftStore(window);
  expect(store.mode).toBe('sessionStorage');
  store.saveDraft(draft('A'));
  store.saveRecord('scheduled', 'A', { summary: 'done', at: 1 });
  expect(createBrowserDraftStore(window).loadDraft('A')).toEqual(draft('A'));
  expect(localStorageRead).not.toHaveBeenCalled();
  localStorageRead.mockRestore();
  expect(window.localStorage.length).toBe(0);
  expect(window.sessionStorage.getItem('set-callback-widget:v1')).toContain('back after lunch');
});

test('a frame name the host gave is never changed: the drafts of a named frame without storage stay in memory', () => {
  const { win, reload } = fakeWindow(denied, 'agent-callback-frame');
  const store = createBrowserDraftStore(win);
  expect(store.mode).toBe('memory');
  store.saveDraft(draft('12345'));
  store.saveRecord('sent', '12345', { summary: 'sent', at: 2 });
  // The host finds its cross-origin frame only by exactly this name (window.frames['agent-callback-frame']).
  expect(win.name).toBe('agent-callback-frame');
  expect(store.loadDraft('12345')).toEqual(draft('12345'));
  reload();
  expect(win.name).toBe('agent-callback-frame');
  // The price: with neither storage nor a name of its own, a reload starts without the draft.
  expect(createBrowserDraftStore(win).loadDraft('12345')).toBeNull();
});

test('drafts an older version wrote after the host’s name are still read, and the name is given back', () => {
  const saved = JSON.stringify({ drafts: { 'c:12345': draft('12345') }, scheduled: {}, sent: {} });
  const { win } = fakeWindow(denied, `agent-callback-frameset-callback-widget:v1:${saved}`);
  const store = createBrowserDraftStore(win);
  expect(win.name).toBe('agent-callback-frame');
  expect(store.loadDraft('12345')).toEqual(draft('12345'));
});

test('drafts an earlier document left in window.name are taken over when this one has sessionStorage', () => {
  // The frame's first document had no storage and kept the draft in window.name; the reloaded
  // one gets (Firefox: partitioned) sessionStorage. The draft must not be stranded there.
  const storage = new FakeStorage();
  let available = false;
  const { win, reload } = fakeWindow(() => (available ? storage : denied()));
  createBrowserDraftStore(win).saveDraft(draft('12345', { comments: 'typed without storage' }));
  reload();
  available = true;
  const store = createBrowserDraftStore(win);
  expect(store.mode).toBe('sessionStorage');
  expect(store.loadDraft('12345')?.comments).toBe('typed without storage');
  // Moved, not copied: window.name no longer carries it.
  expect(win.name).toBe('');
  expect(createBrowserDraftStore(win).loadDraft('12345')?.comments).toBe('typed without storage');
});

test('what sessionStorage already holds wins over an older copy in window.name', () => {
  const storage = new FakeStorage();
  storage.setItem('set-callback-widget:v1', JSON.stringify({ drafts: { 'c:A': draft('A', { comments: 'newer' }) }, scheduled: {}, sent: {} }));
  const stale = JSON.stringify({ drafts: { 'c:A': draft('A', { comments: 'older' }), 'c:B': draft('B') }, scheduled: {}, sent: {} });
  const { win } = fakeWindow(() => storage, `set-callback-widget:v1:${stale}`);
  const store = createBrowserDraftStore(win);
  expect(store.loadDraft('A')?.comments).toBe('newer');
  expect(store.loadDraft('B')).toEqual(draft('B'));
  expect(win.name).toBe('');
});
