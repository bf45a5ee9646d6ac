import type { UseFormRegisterReturn } from 'react-hook-form';
import type { CallbackMode } from '../protocol/incoming';
import { Field } from '../ui/field';
import { modeLabel } from './callback-modes';

export type ModesState =
  | { status: 'loading' }
  | { status: 'list'; modes: readonly CallbackMode[] }
  /** `no-account`: nothing to ask the desktop with; `no-modes`: it offered none, or did not answer. */
  | { status: 'typed'; reason: 'no-account' | 'no-modes'; retrying: boolean };

interface ModeFieldProps {
  state: ModesState;
  registration: UseFormRegisterReturn<'modeId'>;
  error: string | undefined;
  /** Asks the desktop for its numbers again. */
  onRetry: () => void;
}

/** An agent cannot guess a mode ID: say where one comes from. */
const WHERE_IDS_COME_FROM = 'A mode ID is the number (ModeID) the agent desktop gives each callback number of the campaign; your supervisor can look it up.';
const TYPED_HINTS = {
  'no-account': `The call has no account number, so the agent desktop cannot be asked for its numbers. Type the mode ID. ${WHERE_IDS_COME_FROM}`,
  'no-modes': `The agent desktop offered no numbers for this call. Retry, or type the mode ID. ${WHERE_IDS_COME_FROM}`,
};

/** A select of the host's modes; a number input when the host sent none (SPEC §4), with a retry. */
export function ModeField({ state, registration, error, onRetry }: ModeFieldProps) {
  const id = 'callback-mode';
  if (state.status === 'typed') {
    const { reason, retrying } = state;
    return (
      <Field id={id} label="Callback mode" error={error} hint={TYPED_HINTS[reason]}>
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
            {reason === 'no-modes' ? (
              // aria-disabled while asking: the button keeps the focus until the list takes it.
              <button
                type="button"
                className="button button-secondary button-small mode-retry"
                aria-disabled={retrying || undefined}
                onClick={() => retrying || onRetry()}
              >
                {retrying ? 'Loading numbers…' : 'Retry loading numbers'}
              </button>
            ) : null}
          </>
        )}
      </Field>
    );
  }
  const loading = state.status === 'loading';
  return (
    <Field id={id} label="Callback mode" error={error} hint={loading ? 'Loading the numbers the agent desktop offers…' : undefined}>
      {(describedBy) => (
        // aria-disabled, not disabled, while the numbers load: a submit made meanwhile can
        // still move focus here, to the field its error belongs to. The same element stays
        // when the list arrives, so focus is never lost to the page.
        <select
          id={id}
          className="input"
          aria-disabled={loading || undefined}
          aria-busy={loading || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        >
          <option value="">{loading ? 'Loading modes…' : 'Choose a mode…'}</option>
          {state.status === 'list'
            ? state.modes.map((mode) => (
                <option key={mode.id} value={String(mode.id)}>
                  {modeLabel(mode)}
                </option>
              ))
            : null}
        </select>
      )}
    </Field>
  );
}
