import { useEffect, useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../ui/field';
import { useFocusHandover } from '../ui/use-focus-handover';
import type { ModesState } from './mode-field';
import { MODE_FIELD_ID } from './mode-field';
import { SCHEDULE_BUTTON_ID } from './outcome-toast';

/**
 * Parts of the form that only some sends need, loaded together on first use: the mode ID
 * typed by hand when the desktop offered no numbers, and the wait for the desktop's answer.
 */

type TypedModeFieldProps = Omit<Extract<ModesState, { status: 'typed' }>, 'status'> & {
  registration: UseFormRegisterReturn<'modeId'>;
  error: string | undefined;
  onRetry: () => void;
};

/** An agent cannot guess a mode ID: say where one comes from. */
const WHERE_IDS_COME_FROM = 'A mode ID is the number (ModeID) the agent desktop gives each callback number of the campaign; your supervisor can look it up.';
const NO_ACCOUNT_HINT = `The call has no account number, so the agent desktop cannot be asked for its numbers. Type the mode ID. ${WHERE_IDS_COME_FROM}`;
const NO_MODES_HINT = `The agent desktop offered no numbers for this call. Retry, or type the mode ID. ${WHERE_IDS_COME_FROM}`;

/** The mode ID typed by hand, when the desktop offered no numbers: where IDs come from, and a retry. */
export function TypedModeField({ retrying, registration, error, onRetry }: TypedModeFieldProps) {
  const id = MODE_FIELD_ID;
  const retry = useRef<HTMLButtonElement>(null);
  // The numbers arrived and this field gave way to their list: the list takes the focus.
  useFocusHandover(retry, () => document.getElementById(id)?.focus());
  return (
    <Field id={id} label="Callback mode" error={error} hint={retrying === null ? NO_ACCOUNT_HINT : NO_MODES_HINT}>
      {(describedBy) => (
        <>
          <input
            key="typed"
            id={id}
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...registration}
          />
          {retrying === null ? null : (
            // aria-disabled while asking: the button keeps the focus until the list takes it.
            <button
              ref={retry}
              type="button"
              className="button button-secondary button-small mode-retry"
              aria-disabled={retrying || undefined}
              onClick={() => retrying || onRetry()}
            >
              {retrying ? 'Loading numbers…' : 'Retry loading numbers'}
            </button>
          )}
        </>
      )}
    </Field>
  );
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * While the desktop answers (SPEC §6): how long the widget has waited, against how long it
 * will wait. The form is locked meanwhile so it keeps matching what was sent, and there is
 * no Cancel: a message already posted to the desktop cannot be taken back.
 *
 * The form locks under the agent's focus, so the wait takes it, and hands it back to
 * Schedule callback when the answer is no (a yes hands it to Schedule another).
 */
export function PendingWait({ timeoutMs }: { timeoutMs: number }) {
  const [started] = useState(() => Date.now());
  const [waitedMs, setWaitedMs] = useState(0);
  const node = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const tick = setInterval(() => setWaitedMs(Date.now() - started), 1000);
    node.current?.focus();
    return () => clearInterval(tick);
  }, [started]);
  // The answer came: the form is open again, and its button takes the focus back.
  useFocusHandover(node, () => document.getElementById(SCHEDULE_BUTTON_ID)?.focus());
  const total = seconds(timeoutMs);
  const waited = Math.min(seconds(waitedMs), total);
  return (
    <span ref={node} className="pending-wait" tabIndex={-1}>
      <progress max={total} value={waited} aria-label="Time waited for the agent desktop" />
      <span>
        {waited} s of {total} s · the form is locked until the desktop answers
      </span>
    </span>
  );
}
