import type { LateOutcome } from '../protocol/bridge';
import { isBridgeError } from '../protocol/bridge-error';
import type { CallbackMode } from '../protocol/incoming';
import type { Toast } from '../ui/toaster';
import { summarize, toWireData } from './callback-schema';
import type { DraftStore, ScheduledRecord } from './draft-store';
import type { ValidCallback } from './form-values';
import type { ScheduleVariables } from './use-schedule-callback';

/**
 * What happens after Schedule (SPEC §6): the send, and every way it can end. Loaded with
 * the rules on the agent's first touch of the form, so none of it is in the code `/`
 * needs to show the form.
 */

const UNKNOWN_TOAST = 'outcome-unknown';
const FAILED_TOAST = 'outcome-failed';

/** The form's side of an outcome: its state, its toasts, its stores. */
export interface OutcomeScope {
  callid: string;
  drafts: DraftStore;
  modes: readonly CallbackMode[] | null;
  showToast: (toast: Toast) => void;
  dismissToast: (id: string) => void;
  reportEdits: (hasEdits: boolean) => void;
  discardPendingDraft: () => void;
  setScheduled: (record: ScheduledRecord) => void;
  /** Summary of what was last sent, for a late confirmation (not of later edits). */
  lastSummary: { current: string };
  /** Submits the form again: Retry. */
  retry: () => void;
  schedule: (input: ScheduleVariables, callbacks: { onSuccess: () => void; onError: (error: Error) => void; onSettled: () => void }) => void;
}

function markScheduled(scope: OutcomeScope, summary: string): void {
  const { callid, drafts } = scope;
  scope.discardPendingDraft();
  drafts.clearDraft(callid);
  drafts.saveRecord('scheduled', callid, { summary, at: Date.now() });
  drafts.clearRecord('sent', callid);
  scope.reportEdits(false);
  scope.dismissToast(UNKNOWN_TOAST);
  scope.dismissToast(FAILED_TOAST);
  scope.setScheduled({ summary, at: Date.now() });
}

/** Sends the callback; `onSettled` frees the form for the next submit. */
export function sendCallback(scope: OutcomeScope, values: ValidCallback, onSettled: () => void): void {
  const { callid, drafts } = scope;
  scope.dismissToast(UNKNOWN_TOAST);
  scope.dismissToast(FAILED_TOAST);
  const summary = summarize(values, scope.modes);
  scope.lastSummary.current = summary;
  // Saved now, not by the throttled autosave: a reload right after the send must find both.
  drafts.saveDraft(values);
  drafts.saveRecord('sent', callid, { summary, at: Date.now() });
  scope.schedule(
    { data: toWireData(values), personal: values.callbackType === 'personal' },
    {
      onSettled,
      onSuccess: () => markScheduled(scope, summary),
      onError: (error) => {
        if (isBridgeError(error) && error.code === 'TIMEOUT') {
          scope.showToast({
            id: UNKNOWN_TOAST,
            tone: 'warning',
            title: 'The agent desktop did not answer. The callback may not have been scheduled.',
            action: { label: 'Retry', onClick: scope.retry },
          });
          return;
        }
        // Closed mid-request (the frame is unloading): the message may have arrived, so the
        // record stays for the reloaded frame to announce. A refusal is a definite answer.
        if (!(isBridgeError(error) && error.code === 'DESTROYED')) drafts.clearRecord('sent', callid);
        scope.showToast({
          id: FAILED_TOAST,
          tone: 'error',
          title: error.message || 'The callback was not scheduled.',
          details: isBridgeError(error) ? error.details : null,
        });
      },
    },
  );
}

/** A late answer for this call, within five minutes, still settles it (SPEC §6). */
export function settleLate(scope: OutcomeScope, outcome: LateOutcome): void {
  if (outcome.success) {
    markScheduled(scope, `${scope.lastSummary.current} The agent desktop confirmed it late.`.trim());
    return;
  }
  scope.drafts.clearRecord('sent', scope.callid);
  scope.dismissToast(UNKNOWN_TOAST);
  scope.showToast({ id: FAILED_TOAST, tone: 'error', title: `Late answer: ${outcome.message}`, details: outcome.details });
}

/** The frame reloaded while a request was unanswered: say so, never a silent blank slate. */
export function announceUnanswered(scope: OutcomeScope): void {
  scope.showToast({
    id: UNKNOWN_TOAST,
    tone: 'warning',
    title: 'A callback request was sent before the widget reloaded and the agent desktop has not confirmed it. It may have been scheduled.',
    action: { label: 'Retry', onClick: scope.retry },
  });
}
