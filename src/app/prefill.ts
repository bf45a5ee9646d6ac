import { paintCommentsCounter } from '../callback/comments-counter';
import type { DraftStore } from '../callback/draft-store';
import type { CallbackFormValues, Prefilled } from '../callback/form-values';
import { CUSTOMER_ZONE_FIELD, formStart, freshWindow } from '../callback/form-values';
import { loadRules } from '../callback/load-rules';
import type { CallContext } from '../protocol/call-event';
import type { QuickPickId } from '../time/quick-pick-ids';
import { QUICK_PICKS } from '../time/quick-pick-ids';
import type { TimeSettings } from '../time/time-settings';
import type { WindowInputs } from '../time/zoned-time';
import { WINDOW_KEYS, carriedEnd, resolveZone } from '../time/zoned-time';

/**
 * Before React (SPEC §9: a pre-filled form the agent can type in, fast on a slow desktop).
 *
 * `index.html` holds `/`'s own React tree, prerendered at build time (prerender.tsx) for
 * the common case. This module fills it for the call at hand, from the same `formStart`
 * the form starts from, and shows it, while the browser is still loading React. When React
 * is ready it hydrates this very markup: the elements stay, and with them what the agent
 * typed, the focus, the caret and any IME composition.
 *
 * The markup records the branches it was rendered for (`data-layout`, written by the form
 * from `formStart`); a call that takes other branches renders the usual way.
 */

/** Stands for the call ID in the build-time markup ("Call …" in the header). */
export const PRERENDER_CALLID = '__PRERENDER_CALLID__';

export interface PrefilledForm {
  /** Stops recording and reads what the form holds; call in the same task as `hydrateRoot`. */
  takeOver(): Prefilled;
  /** The app's code could not be loaded: keep the agent's input and say so. */
  failed(): void;
}

type FieldName = keyof CallbackFormValues;

/** Every field has a control of its name (a radio group reads and writes as one). */
const control = (form: HTMLFormElement, name: FieldName) => form.elements.namedItem(name) as { value: string } | null;

const isWindowKey = (name: string): name is keyof WindowInputs => (WINDOW_KEYS as readonly string[]).includes(name);

/**
 * Before React, the window behaves as the form's does (callback/window-fields.tsx): a start
 * moved carries the end with it, and a new customer zone moves a window that is neither a
 * restored draft nor set by hand to that zone's opening. A quick pick needs the form's code:
 * the last one pressed, unless the agent then set the window by hand, is handed over for the
 * form to make, and so is whether the agent set the window.
 */
function followWindowEdits(form: HTMLFormElement, restored: boolean, time: TimeSettings, signal: AbortSignal) {
  const read = (): WindowInputs => {
    const values = { startDate: '', startTime: '', endDate: '', endTime: '' };
    for (const key of WINDOW_KEYS) values[key] = control(form, key)?.value ?? '';
    return values;
  };
  const write = (values: Partial<WindowInputs>) => {
    for (const key of WINDOW_KEYS) {
      const item = control(form, key);
      const value = values[key];
      if (item && value !== undefined) item.value = value;
    }
  };
  let last = read();
  let windowEdited = false;
  let pick: QuickPickId | null = null;
  form.addEventListener('input', (event) => {
    const name = (event.target as Partial<HTMLInputElement> | null)?.name ?? '';
    const zone = resolveZone(control(form, 'customerZone')?.value);
    if (name === 'customerZone' && zone && !restored && !windowEdited) write(freshWindow(new Date(), zone, time));
    if (isWindowKey(name)) {
      windowEdited = true;
      pick = null;
      if (name === 'startDate' || name === 'startTime') write(carriedEnd(last, read(), zone) ?? {});
    }
    last = read();
  }, { signal });
  form.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      pick = QUICK_PICKS.find(({ id }) => button?.id === `quick-${id}`)?.id ?? pick;
    },
    { signal },
  );
  return { quickPick: () => pick, windowEdited: () => windowEdited };
}

/** Said when the app's code cannot be loaded (a network or deployment fault). */
export const LOAD_FAILED = 'The widget did not finish loading, so nothing can be scheduled. Reload the frame to try again.';

/** Fills the prerendered form in `root` for `context` and shows it; `null` when the markup does not fit. */
export function prefillForm(root: HTMLElement, context: CallContext | null, drafts: DraftStore, now: Date, time: TimeSettings): PrefilledForm | null {
  const form = root.querySelector('form');
  if (!form || !context) return null;
  const start = formStart(context, drafts, now, time);
  if (form.dataset.layout !== start.layout) return null;

  const names = Object.keys(start.values) as FieldName[];
  // What each control holds once filled. A select still loading its modes cannot hold a
  // saved mode yet: it is left as it was (a select with nothing selected would look
  // changed to React's hydration), and that is no edit of the agent's.
  const filled = new Map<FieldName, string>();
  for (const name of names) {
    const item = control(form, name);
    if (!item) continue;
    const before = item.value;
    item.value = start.values[name];
    if (item.value !== start.values[name]) item.value = before;
    filled.set(name, item.value);
  }
  // The note under Customer time zone, as the form's first render writes it: hydration
  // finds it in place, so nothing moves when React starts.
  const zoneInput = form.querySelector(`#${CUSTOMER_ZONE_FIELD}`);
  const zoneHint = form.querySelector(`#${CUSTOMER_ZONE_FIELD} ~ .field-hint`);
  if (zoneInput && zoneHint) {
    zoneHint.textContent = start.zoneNote ?? '';
    if (start.zoneNote) zoneInput.setAttribute('aria-describedby', zoneHint.id);
    else zoneInput.removeAttribute('aria-describedby');
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = node.nodeValue?.replace(PRERENDER_CALLID, context.callid) ?? null;
  }

  const counter = form.querySelector<HTMLElement>('.counter');
  const paintCounter = () => {
    const comments = control(form, 'comments');
    if (counter && comments) paintCommentsCounter(counter, comments.value.length);
  };
  paintCounter();
  // The agent is at work before React: the rules a Schedule will need start loading now.
  const preloadRules = () => void loadRules();
  // Listens until React takes the form over.
  const handOver = new AbortController();
  form.addEventListener('input', preloadRules, { once: true, signal: handOver.signal });
  // Never a native submit (it would navigate, with the comments in the URL): remember it.
  let submitRequested = false;
  const recordSubmit = (event: Event) => {
    event.preventDefault();
    submitRequested = true;
    preloadRules();
  };
  form.addEventListener('input', paintCounter, { signal: handOver.signal });
  form.addEventListener('submit', recordSubmit, { signal: handOver.signal });
  const windowEdits = followWindowEdits(form, start.restored, time, handOver.signal);
  root.hidden = false;

  const read = () => {
    const values = { ...start.values };
    for (const name of names) {
      const value = control(form, name)?.value;
      if (value !== undefined && value !== filled.get(name)) (values as Record<FieldName, string>)[name] = value;
    }
    return { values, edited: names.some((name) => values[name] !== start.values[name]) };
  };

  return {
    takeOver() {
      handOver.abort();
      return { ...read(), submitRequested, quickPick: windowEdits.quickPick(), windowEdited: windowEdits.windowEdited() };
    },
    failed() {
      // Kept as a draft on every change from now on, so a reload of the frame restores it.
      const keep = () => {
        const { values, edited } = read();
        if (edited) drafts.saveDraft(values);
      };
      keep();
      form.addEventListener('input', keep);
      const alert = root.ownerDocument.createElement('p');
      alert.className = 'shell-error';
      alert.setAttribute('role', 'alert');
      alert.textContent = `${LOAD_FAILED} What you typed is kept.`;
      form.prepend(alert);
    },
  };
}
