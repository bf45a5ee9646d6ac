import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { useForm, useWatch } from 'react-hook-form';
import type { HostBridge } from '../protocol/bridge';
import type { CallContext } from '../protocol/call-event';
import type { TimeSettings } from '../time/time-settings';
import { customerZoneOf } from '../time/time-settings';
import { resolveZone } from '../time/zoned-time';
import { InputField } from '../ui/field';
import { useHydrated } from '../ui/use-hydrated';
import type { CallbackRequest } from './callback-rules';
import { useCallbackModes } from './callback-modes';
import { loadRules } from './load-rules';
import { CommentsField } from './comments-field';
import type { DraftStore, ScheduledRecord } from './draft-store';
import type { CallbackFormValues, Prefilled } from './form-values';
import { formStart, freshValues } from './form-values';
import type { ModesState } from './mode-field';
import { ModeField } from './mode-field';
import type { OutcomeKind, OutcomeToast } from './outcome-toast';
import { SCHEDULE_BUTTON_ID } from './outcome-toast';
import { ExistingCallbacks, PendingWait } from './rare-parts';
import { ScheduledStatus } from './scheduled-status';
import { schemaResolver } from './schema-resolver';
import { useDraftAutosave } from './use-draft-autosave';
import { useScheduleCallback } from './schedule-callback';
import { useExistingCallbacks } from './use-existing-callbacks';
import { WindowFields } from './window-fields';

export interface CallbackFormProps {
  context: CallContext;
  bridge: HostBridge;
  drafts: DraftStore;
  now: () => Date;
  /** The zones, calling hours and horizon of SPEC §11. */
  time: TimeSettings;
  showToast: (toast: OutcomeToast) => void;
  dismissToast: (kind: OutcomeKind) => void;
  reportEdits: (hasEdits: boolean) => void;
  prefilled: Prefilled | null;
}

/** The agent's first action on the form starts loading the rules (load-rules.ts). */
const PRELOAD_ON = ['keydown', 'pointerdown', 'input'] as const;

function modesStateOf(query: ReturnType<typeof useCallbackModes>, modesFromHost: boolean, hydrated: boolean): ModesState {
  if (!modesFromHost) return { status: 'typed', retrying: null };
  // Hydration renders what the prerendered markup holds, even if the answer is already here.
  if (query.isPending || !hydrated) return { status: 'loading' };
  if (query.isSuccess && query.data.length > 0) return { status: 'list', modes: query.data };
  return { status: 'typed', retrying: query.isFetching };
}

export function CallbackForm({ context, bridge, drafts, now, time, showToast, dismissToast, reportEdits, prefilled }: CallbackFormProps) {
  const { callid } = context;
  const [start] = useState(() => formStart(context, drafts, now(), time));
  const customerZone = customerZoneOf(time, context.timeZone);
  const hydrated = useHydrated();
  const modesQuery = useCallbackModes(bridge, callid, context.accountNumber);
  const modesState = modesStateOf(modesQuery, start.modesFromHost, hydrated);
  const modes = modesState.status === 'list' ? modesState.modes : null;
  const formRef = useRef<HTMLFormElement>(null);
  const [scheduled, setScheduled] = useState<ScheduledRecord | null>(start.scheduled);
  const restored = start.restored || Boolean(prefilled?.edited);

  // The resolver reads the latest modes without re-creating the form.
  const modesRef = useRef(modes);
  useEffect(() => {
    modesRef.current = modes;
  }, [modes]);
  const resolver = useCallback<Resolver<CallbackFormValues, unknown, CallbackRequest>>(
    async (values, ctx, options) => {
      const { parseCallback } = await loadRules();
      return schemaResolver((raw: CallbackFormValues) => parseCallback(raw, { now, modes: modesRef.current, time }))(values, ctx, options);
    },
    [now, time],
  );

  const form = useForm<CallbackFormValues, unknown, CallbackRequest>({
    // Hydrating: exactly what the inputs hold, so registering them changes nothing under the agent's caret.
    defaultValues: prefilled?.values ?? start.values,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the first invalid field on the page (below), not in registration order.
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setValue, getValues, reset, setFocus } = form;
  const errors = formState.errors;
  const locked = scheduled !== null;
  /** Schedule another was pressed: the form takes the focus once it is open again. */
  const refocus = useRef(false);

  // A restored draft is the agent's work even when they undo a change to it (the form is
  // then pristine against the draft): the call stays, and a new one only offers to switch.
  const reportFormEdits = useCallback((dirty: boolean) => reportEdits(restored || dirty), [restored, reportEdits]);
  const discardPendingDraft = useDraftAutosave(form, drafts, !locked, reportFormEdits);
  useEffect(() => {
    reportEdits(!locked && restored);
  }, [locked, restored, reportEdits]);
  // Typed before React was ready: a draft like any other, kept for a reload. A Schedule
  // pressed then is made now, once, by the real form with its real rules, after the quick
  // pick pressed then, if any (WindowFields makes it, then calls replaySubmit).
  const replayed = useRef(false);
  const replaySubmit = useCallback(() => {
    if (!prefilled?.submitRequested || replayed.current) return;
    replayed.current = true;
    formRef.current?.requestSubmit();
  }, [prefilled]);
  useEffect(() => {
    if (prefilled?.edited) drafts.saveDraft(prefilled.values);
    if (!prefilled?.quickPick) replaySubmit();
  }, [prefilled, drafts, replaySubmit]);

  useEffect(() => {
    const form = formRef.current;
    const preload = () => void loadRules();
    for (const type of PRELOAD_ON) form?.addEventListener(type, preload, { once: true, passive: true });
    return () => {
      for (const type of PRELOAD_ON) form?.removeEventListener(type, preload);
    };
  }, []);

  // The options exist now: show the mode chosen before they did (a draft, or typed into
  // the prefilled page), or, with one mode offered, choose it: there is nothing to choose.
  useEffect(() => {
    if (!modes) return;
    const chosen = getValues('modeId');
    const only = modes.length === 1 ? modes[0] : undefined;
    if (chosen !== '') setValue('modeId', chosen);
    else if (only) setValue('modeId', String(only.id));
  }, [modes, getValues, setValue]);

  /** The next submit is the unknown toast's Retry. */
  const retrying = useRef(false);
  const existing = useExistingCallbacks({
    bridge,
    callid,
    userId: context.userId,
    modesState,
    scheduleZone: time.scheduleZone,
    maxDaysAhead: time.maxDaysAhead,
    now,
  });
  // Existing callbacks show on the customer's clock as the form names it, and on the agent's.
  const zoneValue = useWatch({ control: form.control, name: 'customerZone' });
  const clocks = { customer: resolveZone(zoneValue) ?? time.agentZone, agent: time.agentZone };
  const schedule = useScheduleCallback({
    bridge,
    callid,
    drafts,
    modes,
    scheduleZone: time.scheduleZone,
    agentZone: time.agentZone,
    showToast,
    dismissToast,
    currentValues: getValues,
    discardPendingDraft,
    reportEdits,
    onScheduled: (record) => {
      setScheduled(record);
      existing.joinList();
    },
    // The unknown toast's Retry: a submit that asks the desktop for the list again first.
    // Through the form, so the submit runs with this render's state, not the toast's.
    retry: () => {
      retrying.current = true;
      formRef.current?.requestSubmit();
    },
  });

  const scheduleAnother = () => {
    drafts.clearRecord('scheduled', callid);
    // A typed agent ID is still this agent's.
    reset({ ...freshValues(context, now(), time, modes), userId: getValues('userId') });
    setScheduled(null);
    refocus.current = true;
  };

  const pending = schedule.pending;
  useEffect(() => {
    if (locked || !refocus.current) return;
    refocus.current = false;
    // Another callback for this call is another time: the window is what the agent changes first.
    setFocus('startDate');
  }, [locked, setFocus]);

  const focusFirstError = (invalid: FieldErrors<CallbackFormValues>) => {
    const controls = Array.from(formRef.current?.elements ?? []);
    const first = controls.find((control) => 'name' in control && typeof control.name === 'string' && control.name in invalid);
    if (first instanceof HTMLElement) first.focus();
  };

  return (
    <form
      className="callback-form"
      noValidate
      onSubmit={(event) => {
        const retry = retrying.current;
        retrying.current = false;
        void handleSubmit((request) => existing.submit(request, retry, schedule.submit), focusFirstError)(event);
      }}
      ref={formRef}
      aria-label="Set callback"
      data-layout={start.layout}
    >
      <ScheduledStatus record={scheduled} onScheduleAnother={scheduleAnother} />
      <fieldset className="form-body" disabled={locked || pending} aria-busy={pending || undefined}>
        <legend className="visually-hidden">Callback details</legend>
        <div className="call-line">
          <InputField id="call-id" label="Call ID" readOnly registration={register('callid')} />
          <InputField id="account-number" label="Account number" readOnly registration={register('accountNumber')} />
          <InputField
            id="agent-id"
            label="Agent ID"
            readOnly={start.agentFixed}
            autoComplete="off"
            error={errors.userId?.message}
            registration={register('userId')}
          />
        </div>
        <WindowFields
          form={form}
          time={time}
          defaultZone={customerZone.zone}
          zoneNote={customerZone.note}
          restored={start.restored || Boolean(prefilled?.windowEdited)}
          now={now}
          replayPick={prefilled?.quickPick ?? null}
          onPickReplayed={replaySubmit}
        />
        <div className="grid grid-mode">
          <ModeField state={modesState} registration={register('modeId')} error={errors.modeId?.message} onRetry={() => void modesQuery.refetch()} />
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
        {existing.shown ? (
          <Suspense fallback={null}>
            <ExistingCallbacks existing={existing} send={schedule.submit} onChangeTime={() => setFocus('startDate')} clocks={clocks} />
          </Suspense>
        ) : null}
        <div className="form-actions">
          <button id={SCHEDULE_BUTTON_ID} type="submit" className="button button-primary">
            Schedule callback
          </button>
          <div className="pending-note">
            <span aria-live="polite">{pending ? 'Sending to the agent desktop…' : ''}</span>
            {pending ? (
              <Suspense fallback={null}>
                <PendingWait timeoutMs={bridge.timeoutMs} />
              </Suspense>
            ) : null}
          </div>
        </div>
      </fieldset>
    </form>
  );
}
