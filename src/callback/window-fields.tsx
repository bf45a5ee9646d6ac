import type { ChangeEvent } from 'react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { QuickPickId } from '../time/quick-pick-ids';
import type { WindowFix } from '../time/quick-picks';
import { QUICK_PICKS } from '../time/quick-pick-ids';
import type { TimeSettings } from '../time/time-settings';
import { agentClockText, longDateText, windowText } from '../time/window-text';
import type { ZonedWindow } from '../time/zoned-time';
import {
  WINDOW_KEYS,
  carriedEnd,
  instantOf,
  resolveZone,
  toTimeInput,
  wallClockIn,
  windowInputs,
  zonedWindow,
} from '../time/zoned-time';
import { Field, InputField } from '../ui/field';
import { useHydrated } from '../ui/use-hydrated';
import { useIdle } from '../ui/use-idle';
import type { CallbackRequest } from './callback-rules';
import type { CallbackFormValues } from './form-values';
import { CUSTOMER_ZONE_FIELD, freshWindow } from './form-values';
import { ZoneOptions } from './zone-options';

type Form = UseFormReturn<CallbackFormValues, unknown, CallbackRequest>;

interface WindowFieldsProps {
  form: Form;
  time: TimeSettings;
  /** The customer's zone as the desktop gives it (URL, else the call event, else the agent's). */
  defaultZone: string;
  /** Why that zone is the agent's own, when the desktop named none or a bad one; shown while the field holds it. */
  zoneNote: string | null;
  /** The window is a draft the agent typed: a new zone keeps it as typed. */
  restored: boolean;
  now: () => Date;
  /** A quick pick pressed before React was ready (app/prefill.ts): made once, on mount. */
  replayPick: QuickPickId | null;
  /** Called once that pick is made. */
  onPickReplayed: () => void;
}

const WATCHED = ['customerZone', ...WINDOW_KEYS] as const;

/** The hint under a time that a fall-back change repeats (SPEC §11): the first occurrence, with its offset. */
function repeatedHint(dateValue: string, timeValue: string, zone: string | null): string | undefined {
  const clock = zone ? wallClockIn(dateValue, timeValue, zone) : null;
  if (clock?.kind !== 'repeated') return undefined;
  return `${toTimeInput(clock.at)} happens twice on ${longDateText(clock.at.toPlainDate())} in ${clock.at.timeZoneId}: this is the first, at UTC${clock.at.offset}.`;
}

/**
 * The callback window, in the customer's time (SPEC §11): their zone, quick picks, the
 * four date and time fields, the same window on the agent's clock, and the one-click fix
 * when it falls outside calling hours. Start moves carry the end with them.
 */
export function WindowFields({ form, time, defaultZone, zoneNote, restored, now, replayPick, onPickReplayed }: WindowFieldsProps) {
  const { register, setValue, getValues, getFieldState, trigger, formState } = form;
  const { errors } = formState;
  const hydrated = useHydrated();
  const idle = useIdle();
  const watched = useWatch({ control: form.control, name: WATCHED });
  const [zoneValue = '', startDate = '', startTime = '', endDate = '', endTime = ''] = watched;
  const zone = resolveZone(zoneValue);
  const window = zonedWindow({ startDate, startTime, endDate, endTime }, zone);
  const [pickNote, setPickNote] = useState('');
  const [zoneListWanted, setZoneListWanted] = useState(false);

  /** A one-click fix set the window: the note of an earlier one that set none goes. */
  const setWindow = (next: ZonedWindow) => {
    setPickNote('');
    const inputs = windowInputs(next);
    for (const key of WINDOW_KEYS) setValue(key, inputs[key], { shouldDirty: true });
    if (formState.isSubmitted) void trigger([...WINDOW_KEYS]);
  };

  // Runs before react-hook-form takes the new start (capture phase), so the form still holds
  // the old window: the end moves by as much as the start, and the window keeps its length.
  // The page's first script does the same before React (app/prefill.ts).
  const followStart = (event: ChangeEvent<HTMLInputElement>) => {
    const before = getValues();
    const end = carriedEnd(before, { ...before, [event.target.name]: event.target.value }, zone);
    if (!end) return;
    setValue('endDate', end.endDate, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue('endTime', end.endTime, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  const onZoneChange = () => {
    const next = resolveZone(getValues('customerZone'));
    const untouched = !restored && WINDOW_KEYS.every((key) => !getFieldState(key).isDirty);
    // A window the agent has not touched is the default one: it moves to the new zone's
    // now and calling hours. One they typed stays as typed, on the customer's clock.
    if (next && untouched) {
      const fresh = freshWindow(now(), next, time);
      for (const key of WINDOW_KEYS) setValue(key, fresh[key]);
    }
  };

  // The desktop named the customer's zone after the form opened (a call event for this
  // call): a field that still holds the zone the form chose follows it, in a restored draft
  // too (a draft saved while the desktop had named none holds the agent's own zone, which
  // is no choice of the agent's). A zone the agent chose stays.
  const followZone = useEffectEvent((zoneName: string, previous: string) => {
    if (getValues('customerZone') !== previous) return;
    setValue('customerZone', zoneName);
    onZoneChange();
  });
  const followed = useRef(defaultZone);
  useEffect(() => {
    const previous = followed.current;
    if (previous === defaultZone) return;
    followed.current = defaultZone;
    followZone(defaultZone, previous);
  }, [defaultZone]);

  /** The window a one-click fix sets (time/quick-picks.ts, loaded on the first); `null` when it sets none, with the reason shown. */
  const fixWindow = async (fix: (fixes: typeof import('../time/quick-picks')) => WindowFix): Promise<ZonedWindow | null> => {
    try {
      const outcome = fix(await import('../time/quick-picks'));
      if ('window' in outcome) return outcome.window;
      setPickNote(outcome.note);
    } catch {
      setPickNote('The time helpers could not be loaded: choose a time by hand.');
    }
    return null;
  };
  const pickWindow = (id: QuickPickId, label: string) => fixWindow((fixes) => fixes.quickPick(id, label, instantOf(now()), getValues('customerZone'), time));

  const pick = async (id: QuickPickId, label: string) => {
    const target = await pickWindow(id, label);
    if (target) setWindow(target);
  };

  // The agent went to the zone field before React was live: the suggestions the focus asks for.
  const section = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (section.current?.ownerDocument.activeElement?.id === CUSTOMER_ZONE_FIELD) setZoneListWanted(true);
  }, []);

  // A pick pressed before React was live is made now, unless the agent has since set the
  // window or the zone, or submitted; only a pick made lets the Schedule pressed after it follow.
  const replayEarlyPick = useEffectEvent(() => {
    const early = QUICK_PICKS.find(({ id }) => id === replayPick);
    if (!early) return;
    const before = getValues([...WATCHED]);
    const formElement = section.current?.closest('form');
    let submitted = false;
    const onSubmit = () => {
      submitted = true;
    };
    formElement?.addEventListener('submit', onSubmit);
    void pickWindow(early.id, early.label).then((target) => {
      formElement?.removeEventListener('submit', onSubmit);
      const untouched = !submitted && getValues([...WATCHED]).every((value, index) => value === before[index]);
      if (!target || !untouched) return;
      setWindow(target);
      onPickReplayed();
    });
  });
  const pickReplayed = useRef(false);
  useEffect(() => {
    if (pickReplayed.current) return;
    pickReplayed.current = true;
    replayEarlyPick();
  }, []);

  const moveIntoHours = async () => {
    const target = window && (await fixWindow((fixes) => fixes.moveIntoHours(window, instantOf(now()), time)));
    if (target) setWindow(target);
  };

  const outside = errors.startTime?.type === 'callingHours' || errors.endTime?.type === 'callingHours';
  const shownZone = hydrated ? zone : null;

  return (
    <div className="window-section" ref={section}>
      <Field
        id={CUSTOMER_ZONE_FIELD}
        label="Customer time zone"
        error={errors.customerZone?.message}
        // Always in place, so the page's first script can write the note before React
        // (app/prefill.ts) and hydration finds it there: nothing moves when React starts.
        hint={zoneNote && (!hydrated || zoneValue === defaultZone) ? zoneNote : ''}
      >
        {(describedBy) => (
          <>
            <input
              id={CUSTOMER_ZONE_FIELD}
              className="input"
              list="customer-zone-options"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.customerZone ? true : undefined}
              aria-describedby={describedBy}
              onFocus={() => setZoneListWanted(true)}
              {...register('customerZone', { onChange: onZoneChange })}
            />
            <ZoneOptions id="customer-zone-options" filled={zoneListWanted} />
          </>
        )}
      </Field>
      <div className="quick-picks" role="group" aria-labelledby="quick-picks-label">
        <span className="quick-picks-label" id="quick-picks-label">
          Quick picks
        </span>
        {QUICK_PICKS.map(({ id, label }) => (
          <button key={id} id={`quick-${id}`} type="button" className="button button-secondary button-small" onClick={() => void pick(id, label)}>
            {label}
          </button>
        ))}
      </div>
      <p className="window-caption" id="window-caption">
        {shownZone ? `Customer's time, ${shownZone}` : "Customer's time"}
      </p>
      <div className="grid grid-window" role="group" aria-labelledby="window-caption">
        <InputField
          id="start-date"
          label="Start date"
          type="date"
          error={errors.startDate?.message}
          onChangeCapture={followStart}
          registration={register('startDate')}
        />
        <InputField
          id="start-time"
          label="Start time"
          type="time"
          error={errors.startTime?.message}
          hint={hydrated ? repeatedHint(startDate, startTime, zone) : undefined}
          onChangeCapture={followStart}
          registration={register('startTime')}
        />
        <InputField id="end-date" label="End date" type="date" error={errors.endDate?.message} registration={register('endDate')} />
        <InputField
          id="end-time"
          label="End time"
          type="time"
          error={errors.endTime?.message}
          hint={hydrated ? repeatedHint(endDate, endTime, zone) : undefined}
          registration={register('endTime')}
        />
      </div>
      {outside ? (
        <button type="button" className="button button-secondary button-small" onClick={() => void moveIntoHours()}>
          Move to next allowed time
        </button>
      ) : null}
      {/* Both clocks in words: the date inputs show the browser's own format, which a reader may misread. */}
      <div className="window-readout">
        {hydrated && idle && window ? (
          <>
            <p>Customer: {`${windowText(window)} (${window.start.timeZoneId})`}</p>
            <p className="agent-clock">{agentClockText(window, time.agentZone)}</p>
          </>
        ) : null}
      </div>
      <p className="field-hint" aria-live="polite">
        {pickNote}
      </p>
      {hydrated && time.notes.length > 0 ? (
        <ul className="settings-notes">
          {time.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
