import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
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
      {hint ? (
        <p className="field-hint" id={hintIdOf(id)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorIdOf(id)}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
