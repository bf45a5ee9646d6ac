import { paintCommentsCounter } from '../callback/comments-counter';
import { defaultWindow } from '../callback/date-time';
import type { DraftStore } from '../callback/draft-store';
import type { CallbackFormValues } from '../callback/form-values';
import { initialValues } from '../callback/form-values';
import type { CallContext } from '../protocol/call-context';

/**
 * The static shell (SPEC §9: an interactive, pre-filled form fast on a slow desktop).
 *
 * At build time the real form is rendered to HTML into index.html, hidden (see
 * widget-shell-markup.tsx). Before React has even been fetched, this module fills it
 * from the URL and shows it, so the agent sees the pre-filled form and can type at
 * once. When React is ready it renders the same form from what the shell holds, in the
 * same task (no flash), and the shell goes away: values typed, the focused field and
 * its caret carry over, and a submit pressed meanwhile is made once React is ready.
 *
 * The shell shows only in the common case it was rendered for: a call with an account
 * number and an agent ID, and nothing saved for that call (a draft, or a callback sent
 * or scheduled). Anything else renders the usual way.
 */

export const SHELL_ELEMENT_ID = 'widget-shell';
/** Stands for the call ID in the build-time markup ("Call …" in the header). */
export const SHELL_CALLID_TOKEN = '__SHELL_CALLID__';

export interface ShellFocus {
  id: string;
  selection: { start: number; end: number; direction: 'forward' | 'backward' | 'none' } | null;
}

export interface ShellHandover {
  values: CallbackFormValues;
  /** The agent changed something in the shell: the values are a draft to keep. */
  edited: boolean;
  focus: ShellFocus | null;
  /** Schedule was pressed (or Enter) before React was ready. */
  submitRequested: boolean;
}

export interface WidgetShell {
  /** Reads what the shell holds; call in the same task as rendering and `remove`. */
  read(): ShellHandover;
  remove(): void;
  /** The app's code could not be loaded: keep the agent's input and say so. */
  failed(): void;
}

type FieldName = keyof CallbackFormValues;

export function removeWidgetShell(doc: Document): void {
  doc.getElementById(SHELL_ELEMENT_ID)?.remove();
}

/** True when the shell's markup fits this call: see the module comment. */
export function shellFits(context: CallContext | null, drafts: DraftStore): context is CallContext {
  if (!context?.accountNumber || !context.userId) return false;
  const { callid } = context;
  return !drafts.loadDraft(callid) && !drafts.loadRecord('scheduled', callid) && !drafts.loadRecord('sent', callid);
}

/** Every field has a control of its name (a radio group reads and writes as one). */
const control = (form: HTMLFormElement, name: FieldName) => form.elements.namedItem(name) as { value: string } | null;

/** Text fields keep their caret; date, time, number and select fields have none. */
type Caret = Pick<HTMLInputElement, 'selectionStart' | 'selectionEnd' | 'selectionDirection' | 'setSelectionRange'>;

function captureFocus(shell: HTMLElement): ShellFocus | null {
  const active = shell.ownerDocument.activeElement;
  if (!active?.id || !shell.contains(active)) return null;
  const { selectionStart: start, selectionEnd: end, selectionDirection } = active as Partial<Caret>;
  const selection = start != null && end != null ? { start, end, direction: selectionDirection ?? 'none' } : null;
  return { id: active.id, selection };
}

/** Puts focus (and the caret) back on the element with the same id, now rendered by React. */
export function restoreFocus(doc: Document, focus: ShellFocus | null): void {
  const element = focus && doc.getElementById(focus.id);
  if (!focus || !element) return;
  element.focus({ preventScroll: true });
  const { selection } = focus;
  if (selection) (element as unknown as Caret).setSelectionRange(selection.start, selection.end, selection.direction);
}

/** Said when the app's code cannot be loaded (a network or deployment fault). */
export const LOAD_FAILED = 'The widget did not finish loading, so nothing can be scheduled. Reload the frame to try again.';

/** Fills the shell for `context` and shows it; `null` (and no shell) when it does not fit. */
export function showWidgetShell(doc: Document, context: CallContext | null, drafts: DraftStore, now: Date): WidgetShell | null {
  const shell = doc.getElementById(SHELL_ELEMENT_ID);
  const form = shell?.querySelector('form');
  if (!shell || !form || !shellFits(context, drafts)) {
    shell?.remove();
    return null;
  }
  const initial = initialValues(context, defaultWindow(now), null);
  const names = Object.keys(initial) as FieldName[];
  for (const name of names) {
    const item = control(form, name);
    if (item) item.value = initial[name];
  }
  const walker = doc.createTreeWalker(shell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = node.nodeValue?.replace(SHELL_CALLID_TOKEN, context.callid) ?? null;
  }

  const counter = shell.querySelector<HTMLElement>('.counter');
  const paintCounter = () => {
    const comments = control(form, 'comments');
    if (counter && comments) paintCommentsCounter(counter, comments.value.length);
  };
  paintCounter();
  form.addEventListener('input', paintCounter);

  // Never a native submit (it would navigate, with the comments in the URL): remember it.
  let submitRequested = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitRequested = true;
  });
  shell.hidden = false;

  const read = (): ShellHandover => {
    const values = { ...initial };
    for (const name of names) {
      const item = control(form, name);
      if (item) (values as Record<FieldName, string>)[name] = item.value;
    }
    const edited = names.some((name) => values[name] !== initial[name]);
    return { values, edited, focus: captureFocus(shell), submitRequested };
  };

  return {
    read,
    remove: () => shell.remove(),
    failed() {
      // Kept as a draft on every change from now on, so a reload of the frame restores it.
      const keep = () => {
        const { values, edited } = read();
        if (edited) drafts.saveDraft(values);
      };
      keep();
      form.addEventListener('input', keep);
      const alert = doc.createElement('p');
      alert.className = 'shell-error';
      alert.setAttribute('role', 'alert');
      alert.textContent = `${LOAD_FAILED} What you typed is kept.`;
      form.prepend(alert);
    },
  };
}
