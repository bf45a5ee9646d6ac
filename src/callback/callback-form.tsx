import { useCallback, useEffect, useRef, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useForm } from 'react-hook-form';
import type { HostBridge } from '../protocol/bridge';
import { LATE_ANSWER_WINDOW_MS } from '../protocol/bridge';
import type { CallContext } from '../protocol/call-context';
import { InputField } from '../ui/field';
import type { Toast } from '../ui/toaster';
import { CommentsField } from './comments-field';
import { defaultWindow } from './date-time';
import type { DraftStore, ScheduledRecord } from './draft-store';
import type { OutcomeScope } from './outcomes';
import type { ModesState } from './mode-field';
import { ModeField } from './mode-field';
import type { CallbackFormValues, ValidCallback } from './form-values';
import { initialValues } from './form-values';
import { ScheduledStatus } from './scheduled-status';
import { useCallbackModes } from './use-callback-modes';
import { useDraftAutosave } from './use-draft-autosave';
import { useScheduleCallback } from './use-schedule-callback';

export interface CallbackFormProps {
  context: CallContext;
  bridge: HostBridge;
  drafts: DraftStore;
  now: () => Date;
  showToast: (toast: Toast) => void;
  dismissToast: (id: string) => void;
  reportEdits: (hasEdits: boolean) => void;
}

const NO_MODES_HINT = 'The agent desktop offered no modes: type the mode ID.';

/** The rules, the wire mapping and the outcomes load on the agent's first interaction, not at start-up. */
const loadRules = () => import('./submit-code');
/** Idempotent: the browser fetches each chunk once. */
const prefetchOutcomeCode = () => void Promise.all([loadRules(), import('../ui/toaster')]);

function modesStateOf(query: ReturnType<typeof useCallbackModes>, accountNumber: string): ModesState {
  if (!accountNumber) return { status: 'typed', reason: 'No account number: type the mode ID.' };
  if (query.isPending) return { status: 'loading' };
  if (query.isSuccess && query.data.length > 0) return { status: 'list', modes: query.data };
  return { status: 'typed', reason: NO_MODES_HINT };
}

export function CallbackForm({ context, bridge, drafts, now, showToast, dismissToast, reportEdits }: CallbackFormProps) {
  const { callid } = context;
  const modesQuery = useCallbackModes(bridge, callid, context.accountNumber);
  const modesState = modesStateOf(modesQuery, context.accountNumber);
  const modes = modesState.status === 'list' ? modesState.modes : null;
  const schedule = useScheduleCallback(bridge);
  const { mutate } = schedule;
  const inFlight = useRef(false);
  const lastSummary = useRef('');
  const formRef = useRef<HTMLFormElement>(null);

  // The agent's first touch of the form fetches the rules and outcomes, so a submit never waits for them.
  useEffect(() => {
    const element = formRef.current;
    element?.addEventListener('focusin', prefetchOutcomeCode, { once: true });
    element?.addEventListener('pointerdown', prefetchOutcomeCode, { once: true });
    return () => {
      element?.removeEventListener('focusin', prefetchOutcomeCode);
      element?.removeEventListener('pointerdown', prefetchOutcomeCode);
    };
  }, []);
  const [scheduled, setScheduled] = useState<ScheduledRecord | null>(() => drafts.loadRecord('scheduled', callid));
  const [restored] = useState(() => drafts.loadDraft(callid));

  // The resolver reads the latest modes without re-creating the form.
  const modesRef = useRef(modes);
  useEffect(() => {
    modesRef.current = modes;
  }, [modes]);
  const resolver = useCallback<Resolver<CallbackFormValues, unknown, ValidCallback>>(
    async (values, ctx, options) => {
      const { createCallbackSchema, schemaResolver } = await loadRules();
      return schemaResolver(createCallbackSchema({ now, modes: modesRef.current }))(values, ctx, options);
    },
    [now],
  );

  const form = useForm<CallbackFormValues, unknown, ValidCallback>({
    defaultValues: restored ?? initialValues(context, defaultWindow(now()), null),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setValue, getValues, reset } = form;
  const errors = formState.errors;
  const locked = scheduled !== null;

  const discardPendingDraft = useDraftAutosave(form, drafts, !locked, reportEdits);
  useEffect(() => {
    reportEdits(!locked && restored !== null);
  }, [locked, restored, reportEdits]);

  // One mode offered: nothing to choose, so choose it (unless the agent already has).
  useEffect(() => {
    const only = modes?.length === 1 ? modes[0] : undefined;
    if (only && getValues('modeId') === '') setValue('modeId', String(only.id));
  }, [modes, getValues, setValue]);

  // Everything an outcome touches; read when the outcome code runs, so always current.
  const outcomeScope = useRef<OutcomeScope | null>(null);
  useEffect(() => {
    outcomeScope.current = {
      callid,
      drafts,
      modes,
      showToast,
      dismissToast,
      reportEdits,
      discardPendingDraft,
      setScheduled,
      lastSummary,
      retry: () => formRef.current?.requestSubmit(),
      schedule: (input, callbacks) => mutate(input, callbacks),
    };
  }, [callid, drafts, modes, showToast, dismissToast, reportEdits, discardPendingDraft, mutate]);

  async function onValid(values: ValidCallback) {
    // Double click, Enter + click: the first submit owns the call until it settles.
    if (inFlight.current) return;
    inFlight.current = true;
    const settled = () => {
      inFlight.current = false;
    };
    const { sendCallback } = await loadRules();
    if (outcomeScope.current) sendCallback(outcomeScope.current, values, settled);
    else settled();
  }

  // A late answer for this call still settles it, within five minutes (SPEC §6).
  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type !== 'late-result' || event.callid !== callid) return;
        void loadRules().then(({ settleLate }) => outcomeScope.current && settleLate(outcomeScope.current, event.outcome));
      }),
    [bridge, callid],
  );

  // The frame reloaded while a request was unanswered: never a silent blank slate that
  // invites a second callback. Say so, and let its late answer still settle it.
  useEffect(() => {
    const sent = drafts.loadRecord('sent', callid);
    if (!sent || drafts.loadRecord('scheduled', callid)) return;
    if (Date.now() - sent.at > LATE_ANSWER_WINDOW_MS) {
      drafts.clearRecord('sent', callid);
      return;
    }
    lastSummary.current = sent.summary;
    bridge.expectLateResult(callid, sent.at);
    void loadRules().then(({ announceUnanswered }) => outcomeScope.current && announceUnanswered(outcomeScope.current));
  }, [bridge, callid, drafts]);

  const scheduleAnother = () => {
    drafts.clearRecord('scheduled', callid);
    schedule.reset();
    reset(initialValues(context, defaultWindow(now()), modes));
    setScheduled(null);
  };

  const pending = schedule.isPending;

  return (
    <form
      className="callback-form"
      noValidate
      onSubmit={(event) => void handleSubmit(onValid)(event)}
      ref={formRef}
      aria-label="Set callback"
    >
      <ScheduledStatus record={scheduled} onScheduleAnother={scheduleAnother} />
      <fieldset className="form-body" disabled={locked} aria-busy={pending || undefined}>
        <legend className="visually-hidden">Callback details</legend>
        <div className="grid grid-call">
          <InputField id="call-id" label="Call ID" readOnly registration={register('callid')} />
          <InputField id="account-number" label="Account number" readOnly registration={register('accountNumber')} />
          <InputField
            id="agent-id"
            label="Agent ID"
            readOnly={context.userId !== ''}
            autoComplete="off"
            error={errors.userId?.message}
            registration={register('userId')}
          />
        </div>
        <div className="grid grid-window">
          <InputField id="start-date" label="Start date" type="date" error={errors.startDate?.message} registration={register('startDate')} />
          <InputField id="start-time" label="Start time" type="time" error={errors.startTime?.message} registration={register('startTime')} />
          <InputField id="end-date" label="End date" type="date" error={errors.endDate?.message} registration={register('endDate')} />
          <InputField id="end-time" label="End time" type="time" error={errors.endTime?.message} registration={register('endTime')} />
        </div>
        <div className="grid grid-mode">
          <ModeField state={modesState} registration={register('modeId')} error={errors.modeId?.message} />
          <fieldset className="radio-group">
            <legend className="field-label">Callback type</legend>
            <label className="radio">
              <input id="callback-type-regular" type="radio" value="regular" {...register('callbackType')} /> Regular (any agent)
            </label>
            <label className="radio">
              <input id="callback-type-personal" type="radio" value="personal" {...register('callbackType')} /> Personal (only me)
            </label>
          </fieldset>
        </div>
        <div className="grid grid-numbers">
          <InputField
            id="lead-score"
            label="Lead score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            error={errors.leadScore?.message}
            registration={register('leadScore')}
          />
          <InputField
            id="target-amount"
            label="Target amount"
            type="number"
            inputMode="decimal"
            min={0}
            step={0.01}
            error={errors.targetAmount?.message}
            registration={register('targetAmount')}
          />
        </div>
        <CommentsField form={form} registration={register('comments')} error={errors.comments?.message} />
        <div className="form-actions">
          <button id="schedule-callback" type="submit" className="button button-primary" aria-disabled={pending || undefined}>
            Schedule callback
          </button>
          <span className="pending-note" aria-live="polite">
            {pending ? 'Sending to the agent desktop…' : ''}
          </span>
        </div>
      </fieldset>
    </form>
  );
}
