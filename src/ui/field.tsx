import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  /** `''` keeps an empty place for a hint that comes later (an empty hint takes no room). */
  hint?: ReactNode;
  className?: string;
  /** Receives the ids the control must point at with aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

export const errorIdOf = (id: string) => `${id}-error`;
export const hintIdOf = (id: string) => `${id}-hint`;

/** Label, control, hint and error wired together, so every error sits beside its field. */
export function Field({ id, label, error, hint, className, children }: FieldProps) {
  const describedBy = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(describedBy)}
      {hint !== undefined ? (
        <p className="field-hint" id={hintIdOf(id)}>
          {hint === '' ? null : hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorIdOf(id)}>
          {/* Hidden from the accessible description, which should be the instruction alone. */}
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  registration: UseFormRegisterReturn;
}

/** The common case: one `<input>` registered with react-hook-form. */
export function InputField({ id, label, error, hint, registration, ...input }: InputFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <input
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
          {...registration}
        />
      )}
    </Field>
  );
}
