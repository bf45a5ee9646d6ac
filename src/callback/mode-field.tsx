import { Suspense } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { CallbackMode } from '../protocol/incoming';
import { Field } from '../ui/field';
import { modeLabel } from './callback-modes';
import { TypedModeField } from './rare-parts';

export type ModesState =
  | { status: 'loading' }
  | { status: 'list'; modes: readonly CallbackMode[] }
  /**
   * The agent types the mode ID. `retrying` is `null` with no account number (nothing to ask
   * the desktop with), else whether the desktop, which offered none or did not answer, is asked again.
   */
  | { status: 'typed'; retrying: boolean | null };

export const MODE_FIELD_ID = 'callback-mode';

export interface ModeFieldProps {
  state: ModesState;
  registration: UseFormRegisterReturn<'modeId'>;
  error: string | undefined;
  /** Asks the desktop for its numbers again. */
  onRetry: () => void;
}

/** A select of the host's modes; a number input when the host sent none (SPEC §4), with a retry. */
export function ModeField({ state, registration, error, onRetry }: ModeFieldProps) {
  const id = MODE_FIELD_ID;
  if (state.status === 'typed') {
    // Loaded on demand: a desktop that offers its numbers never needs it.
    return (
      <Suspense fallback={null}>
        <TypedModeField retrying={state.retrying} registration={registration} error={error} onRetry={onRetry} />
      </Suspense>
    );
  }
  const loading = state.status === 'loading';
  return (
    // While the numbers load the select itself says so: a hint line under it would go
    // when they arrive, and move everything below it under the agent's pointer.
    <Field id={id} label="Callback mode" error={error}>
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
          <option value="">{loading ? 'Loading the desktop’s numbers…' : 'Choose a mode…'}</option>
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
