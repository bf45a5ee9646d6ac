import { startTransition, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { HostBridge, LateOutcome } from '../protocol/bridge';
import { LATE_ANSWER_WINDOW_MS } from '../protocol/bridge';
import { isBridgeError } from '../protocol/bridge-error';
import type { CallbackMode } from '../protocol/incoming';
import type { SetCallbackData } from '../protocol/outgoing';
import { bothClocksText } from '../time/window-text';
import { vendorDate, vendorTime } from '../time/zoned-time';
import type { CallbackRequest } from './callback-rules';
import { modeLabel } from './callback-modes';
import type { DraftStore, ScheduledRecord } from './draft-store';
import type { CallbackFormValues } from './form-values';
import type { OutcomeKind, OutcomeToast } from './outcome-toast';

/**
 * Scheduling a callback (SPEC §2, §6): the wire mapping of a parsed `CallbackRequest`,
 * the send, and the hook that turns every way it can end into what the agent sees.
 */

/** A parsed request → the `data` of SetCallbackWithComments, the window on the schedule zone's clock. */
export function toSetCallbackData(request: CallbackRequest, scheduleZone: string): SetCallbackData {
  const start = request.window.start.withTimeZone(scheduleZone);
  const end = request.window.end.withTimeZone(scheduleZone);
  return {
    callid: request.callid,
    AccountNumber: request.accountNumber,
    StartDate: vendorDate(start),
    EndDate: vendorDate(end),
    StartTime: vendorTime(start),
    EndTime: vendorTime(end),
    CallbackModeId: request.modeId,
    UserID: request.userId,
    AgentComments: request.comments,
    LeadScore: request.leadScore,
    TargetAmount: request.targetAmount,
  };
}

/** One line for the status region: what was scheduled, when on both clocks (SPEC §11), and to which number. */
export function summarize(request: CallbackRequest, modes: readonly CallbackMode[] | null, agentZone: string): string {
  const mode = modes?.find((candidate) => candidate.id === request.modeId);
  const kind = request.personal ? 'Personal callback' : 'Regular callback';
  return `${kind}, ${bothClocksText(request.window, agentZone)}, to ${mode ? modeLabel(mode) : `mode ${request.modeId}`}.`;
}

/** The desktop confirmed: the draft goes, and a reload or a return to the call shows "Callback scheduled". */
export function recordScheduled(drafts: DraftStore, callid: string, summary: string): ScheduledRecord {
  const record = { summary, at: Date.now() };
  drafts.clearDraft(callid);
  drafts.saveRecord('scheduled', callid, record);
  drafts.clearRecord('sent', callid);
  return record;
}

/** Resolves in a later task than the caller's. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The status line of a callback the desktop confirmed after the widget stopped waiting. */
export const confirmedLate = (summary: string) => `${summary} The agent desktop confirmed it late.`.trim();



export interface ScheduleCallbackOptions {
  bridge: HostBridge;
  callid: string;
  drafts: DraftStore;
  modes: readonly CallbackMode[] | null;
  /** The zone in which the desktop reads StartDate/StartTime. */
  scheduleZone: string;
  /** The agent's own clock, for the confirmation. */
  agentZone: string;
  showToast: (toast: OutcomeToast) => void;
  dismissToast: (kind: OutcomeKind) => void;
  /** The form's raw values, kept as the draft at the moment of sending. */
  currentValues: () => CallbackFormValues;
  discardPendingDraft: () => void;
  reportEdits: (hasEdits: boolean) => void;
  onScheduled: (record: ScheduledRecord) => void;
  /** Submits the form again: Retry. */
  retry: () => void;
}

/**
 * `submit` sends one request at a time per form: a double click, Enter + click or React
 * StrictMode never send twice. A late answer for this call, within five minutes, still
 * settles it, and a request a reload left unanswered is announced, never forgotten.
 */
export function useScheduleCallback(options: ScheduleCallbackOptions) {
  const { bridge, callid, drafts, showToast, dismissToast } = options;
  const inFlight = useRef(false);
  /** What was last sent, for a late confirmation (not later edits). */
  const lastSummary = useRef('');
  // A plain promise, not a TanStack mutation: nothing here is cached or retried (a retry
  // after silence is the agent's decision, SPEC §6), and the outcome is handled below.
  const [pending, setPending] = useState(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const dismissOutcomes = () => {
    dismissToast('unknown');
    dismissToast('failed');
  };
  const showUnknown = (earlier: boolean) => showToast({ kind: 'unknown', earlier, retry: options.retry });
  const showFailed = (message: string, details: string | null, late: boolean) => showToast({ kind: 'failed', message, details, late, callid });

  const markScheduled = (summary: string) => {
    if (mounted.current) options.discardPendingDraft();
    // Also for a form that is gone (the agent switched calls): confirmed is confirmed.
    const record = recordScheduled(drafts, callid, summary);
    if (!mounted.current) return;
    options.reportEdits(false);
    dismissOutcomes();
    options.onScheduled(record);
  };

  /**
   * Settles a request that has left: the draft and both records follow its answer, read
   * once the confirmation's words are composed (`words`).
   */
  const settle = (answer: Promise<unknown>, words: Promise<string>) => {
    const failed = (error: unknown) => {
      if (isBridgeError(error) && error.code === 'TIMEOUT') {
        showUnknown(false);
        return;
      }
      showFailed((error instanceof Error && error.message) || 'The agent desktop gave no reason.', isBridgeError(error) ? error.details : null, false);
    };
    // A form that is gone (another call, the frame closing) still records the answer; a
    // late one is settled by whoever listens then (a reloaded frame, the call kept aside).
    void answer
      .then(
        () => words.then(markScheduled),
        (error: unknown) =>
          words.then(() => {
            // A refusal is a definite answer. After silence, or with the frame closing mid-request,
            // the message may have arrived: the record stays for a late answer or a reload to settle.
            if (!(isBridgeError(error) && (error.code === 'TIMEOUT' || error.code === 'DESTROYED'))) drafts.clearRecord('sent', callid);
            if (mounted.current) failed(error);
          }),
      )
      .finally(() => {
        inFlight.current = false;
        if (mounted.current) setPending(false);
      });
  };

  const submit = (request: CallbackRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    dismissOutcomes();
    const at = Date.now();
    const answer = bridge.scheduleCallback(toSetCallbackData(request, options.scheduleZone), request.personal);
    // The confirmation's words come one task later. Composing them takes the page's first
    // `Intl` formatter (60–130 ms at 4× CPU), which must not hold back the task that posted
    // the message: a desktop on the same thread hears it only once that task ends.
    const described = nextTask().then(() => {
      const summary = summarize(request, options.modes, options.agentZone);
      lastSummary.current = summary;
      if (drafts.loadRecord('sent', callid)) drafts.saveRecord('sent', callid, { summary, at });
      return summary;
    });
    // The message has left: its answer is settled, after the words, whatever happens below.
    // Words that cannot be composed are a defect, reported as an uncaught error, never an
    // unsettled request.
    settle(
      answer,
      described.catch((error: unknown) => {
        queueMicrotask(() => {
          throw error;
        });
        return '';
      }),
    );
    // Saved in the task that sent it, before any answer can be read: a reload right after
    // the send still finds both, and announces the request as unanswered.
    drafts.saveDraft(options.currentValues());
    drafts.saveRecord('sent', callid, { summary: '', at });
    // "Sending…" locks the form, which restyles every control (about 50 ms at 4× CPU): it
    // renders in a later task, so this one ends, and a desktop on this thread hears the
    // message, first. `inFlight` already refuses a second send.
    startTransition(() => setPending(true));
  };

  const applyLateOutcome = useEffectEvent((outcome: LateOutcome) => {
    if (outcome.success) {
      markScheduled(confirmedLate(lastSummary.current));
      return;
    }
    drafts.clearRecord('sent', callid);
    dismissToast('unknown');
    showFailed(outcome.message, outcome.details, true);
  });
  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type === 'late-result' && event.callid === callid) applyLateOutcome(event.outcome);
      }),
    [bridge, callid],
  );

  // The frame reloaded while a request was unanswered: never a silent blank slate that
  // invites a second callback. Say so, and let its late answer still settle it.
  const announceUnanswered = useEffectEvent((sentSummary: string) => {
    lastSummary.current = sentSummary;
    showUnknown(true);
  });
  useEffect(() => {
    const sent = drafts.loadRecord('sent', callid);
    if (!sent || drafts.loadRecord('scheduled', callid)) return;
    if (Date.now() - sent.at > LATE_ANSWER_WINDOW_MS) {
      drafts.clearRecord('sent', callid);
      return;
    }
    bridge.expectLateResult(callid, sent.at);
    announceUnanswered(sent.summary);
  }, [bridge, callid, drafts]);

  return { submit, pending };
}
