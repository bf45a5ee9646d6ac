import { useEffect, useState } from 'react';
import type { UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Field } from '../ui/field';
import type { CallbackFormValues, ValidCallback } from './form-values';
import { COMMENTS_MAX } from './form-values';

interface CommentsFieldProps {
  form: Pick<UseFormReturn<CallbackFormValues, unknown, ValidCallback>, 'subscribe' | 'getValues'>;
  registration: UseFormRegisterReturn<'comments'>;
  error: string | undefined;
}

/** No maxLength: a paste over the limit must not be cut silently; the counter and the rule say so instead. */
export function CommentsField({ form, registration, error }: CommentsFieldProps) {
  return (
    <Field id="comments" label="Comments" error={error} hint={<CommentsCounter form={form} />} className="field-wide">
      {(describedBy) => (
        <textarea
          id="comments"
          className="input textarea"
          rows={4}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </Field>
  );
}

/** Its own component: only the counter re-renders per keystroke, not the form. */
function CommentsCounter({ form }: { form: CommentsFieldProps['form'] }) {
  const [length, setLength] = useState(() => form.getValues('comments').length);
  useEffect(
    () =>
      form.subscribe({
        name: 'comments',
        formState: { values: true },
        callback: ({ values }) => setLength(values.comments.length),
      }),
    [form],
  );
  const over = length - COMMENTS_MAX;
  return (
    <span className={over > 0 ? 'counter counter-over' : 'counter'}>
      {length} / {COMMENTS_MAX} characters{over > 0 ? ` (${over} over the limit)` : ''}
    </span>
  );
}
