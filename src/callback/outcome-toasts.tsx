import type { Toast } from '../ui/toaster';
import { Toaster } from '../ui/toaster';
import type { OutcomeKind, OutcomeToast } from './outcome-toast';
import { SCHEDULE_BUTTON_ID } from './outcome-toast';

const KEPT = 'Everything you typed is kept.';

/** Every outcome says what happened, then the desktop's own words when it gave any, then what to do now (SPEC §6). */
function toastOf(outcome: OutcomeToast): Toast<OutcomeKind> {
  if (outcome.kind === 'failed') {
    return {
      id: outcome.kind,
      tone: 'error',
      title: 'Callback not scheduled',
      message: outcome.late ? `${outcome.message} (a late answer)` : outcome.message,
      next: `${KEPT} Check the call in the agent desktop, then press Schedule callback again.`,
      details: outcome.details && `${outcome.details} (call ${outcome.callid})`,
    };
  }
  return {
    id: outcome.kind,
    tone: 'warning',
    title: outcome.earlier
      ? 'A callback request was sent before the widget reloaded or the call was switched, and the agent desktop has not confirmed it. It may have been scheduled.'
      : 'The agent desktop did not answer. The callback may not have been scheduled.',
    next: `${KEPT} Retry sends the same request again: if the desktop may have it already, check its callbacks first.`,
    action: { label: 'Retry', onClick: outcome.retry },
  };
}

interface OutcomeToasterProps {
  toasts: readonly OutcomeToast[];
  onDismiss: (kind: OutcomeKind) => void;
}

/** A toast that held the focus hands it to the form's action (or, once scheduled, to Schedule another). */
const refocus = () => document.querySelector<HTMLElement>(`#${SCHEDULE_BUTTON_ID}:enabled, .scheduled button`)?.focus();

export function OutcomeToaster({ toasts, onDismiss }: OutcomeToasterProps) {
  return <Toaster toasts={toasts.map(toastOf)} onDismiss={onDismiss} onFocusLost={refocus} />;
}
