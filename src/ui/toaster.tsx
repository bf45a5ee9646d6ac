import { useEffect, useId, useRef } from 'react';
import { useFocusHandover } from './use-focus-handover';

export interface ToastAction {
  label: string;
  onClick: () => void;
}

export interface Toast<Id extends string = string> {
  id: Id;
  tone: 'error' | 'warning' | 'success';
  /** What happened, first: "Callback not scheduled". */
  title: string;
  /** The agent desktop's own words, when it gave any ("Invalid Call ID."). */
  message?: string | null;
  /** What the agent can do now. */
  next?: string | null;
  details?: string | null;
  action?: ToastAction;
}

interface ToasterProps<Id extends string> {
  toasts: readonly Toast<Id>[];
  onDismiss: (id: Id) => void;
  /** A toast that held the focus is gone: put it somewhere useful, never on the page body. */
  onFocusLost: () => void;
}

/**
 * Errors stay until dismissed: an agent on a call may look away, and a vanished error is a
 * lost one. The toasts sit in the page's flow, after the form, never over it: in a narrow
 * panel a floating toast lands on the form's own buttons. Escape dismisses the newest, except
 * in a dialog, whose own Escape it is.
 */
export function Toaster<Id extends string>({ toasts, onDismiss, onFocusLost }: ToasterProps<Id>) {
  const newest = toasts.at(-1)?.id;
  useEffect(() => {
    if (newest === undefined) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Escape in a dialog is the dialog's (Change time in the clash dialog): a cancelled
      // Escape would leave the dialog open and take the toast behind it away.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      onDismiss(newest);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [newest, onDismiss]);
  return (
    <section className="toaster" aria-label="Notifications">
      {toasts.map((toast) => (
        <ToastView key={toast.id} toast={toast} onDismiss={onDismiss} onFocusLost={onFocusLost} />
      ))}
    </section>
  );
}

function ToastView<Id extends string>({ toast, onDismiss, onFocusLost }: { toast: Toast<Id>; onDismiss: (id: Id) => void; onFocusLost: () => void }) {
  const titleId = useId();
  const node = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In the flow, a toast below the fold would be news nobody sees. The frame scrolls its
    // own page only (scrollIntoView would scroll the agent desktop around it too).
    const box = node.current?.getBoundingClientRect();
    if (box && box.bottom > window.innerHeight) window.scrollBy({ top: box.bottom - window.innerHeight + 12 });
  }, []);
  useFocusHandover(node, onFocusLost);
  return (
    <div ref={node} className={`toast toast-${toast.tone}`} role={toast.tone === 'success' ? 'status' : 'alert'} aria-labelledby={titleId}>
      <p className="toast-title" id={titleId}>
        {toast.title}
      </p>
      {toast.message ? <p className="toast-message">{toast.message}</p> : null}
      {toast.next ? <p className="toast-next">{toast.next}</p> : null}
      {toast.details ? (
        <details className="toast-details">
          <summary>Technical details</summary>
          <code>{toast.details}</code>
        </details>
      ) : null}
      <div className="toast-actions">
        {toast.action ? (
          <button type="button" className="button button-primary button-small" onClick={toast.action.onClick}>
            {toast.action.label}
          </button>
        ) : null}
        <button type="button" className="button button-quiet button-small" onClick={() => onDismiss(toast.id)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
