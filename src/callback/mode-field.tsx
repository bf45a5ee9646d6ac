import type { UseFormRegisterReturn } from 'react-hook-form';
import type { CallbackMode } from '../protocol/incoming';
import { Field } from '../ui/field';
import { modeLabel } from './callback-modes';

export type ModesState = { status: 'loading' } | { status: 'list'; modes: readonly CallbackMode[] } | { status: 'typed'; reason: string };

interface ModeFieldProps {
  state: ModesState;
  registration: UseFormRegisterReturn<'modeId'>;
  error: string | undefined;
}

/** A select of the host's modes; a number input when the host sent none (SPEC §4). */
export function ModeField({ state, registration, error }: ModeFieldProps) {
  const id = 'callback-mode';
  if (state.status === 'typed') {
    return (
      <Field id={id} label="Callback mode" error={error} hint={state.reason}>
        {(describedBy) => (
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
