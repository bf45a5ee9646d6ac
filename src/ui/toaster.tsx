import { useId } from 'react';

export interface ToastAction {
  label: string;
  onClick: () => void;
}

export interface Toast {
  id: string;
  tone: 'error' | 'warning' | 'success';
  title: string;
  details?: string | null;
  action?: ToastAction;
}

interface ToasterProps {
  toasts: readonly Toast[];
  onDismiss: (id: string) => void;
}

/** Errors stay until dismissed: an agent on a call may look away, and a vanished error is a lost one. */
export function Toaster({ toasts, onDismiss }: ToasterProps) {
  return (
    <section className="toaster" aria-label="Notifications">
      {toasts.map((toast) => (
        <ToastView key={toast.id} toast={toast} onDismiss={onDismiss} />
      ))}
    </section>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: string) => void }) {
  const titleId = useId();
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'success' ? 'status' : 'alert'} aria-labelledby={titleId}>
      <p className="toast-title" id={titleId}>
        {toast.title}
      </p>
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
