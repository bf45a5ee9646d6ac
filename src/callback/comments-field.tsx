import { useLayoutEffect, useRef, useState } from 'react';
import type { UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Field } from '../ui/field';
import type { CallbackRequest } from './callback-rules';
import type { CallbackFormValues } from './form-values';
import { describeCount, paintCommentsCounter } from './comments-counter';

interface CommentsFieldProps {
  form: Pick<UseFormReturn<CallbackFormValues, unknown, CallbackRequest>, 'subscribe' | 'getValues'>;
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

/**
 * Updated by the form's subscription straight into the DOM: typing is the hottest path
 * on a throttled virtual desktop, and a counter needs no React render per keystroke.
 * React renders the first text only and never touches it again; the prefilled page may
 * already have painted a later count, which hydration keeps.
 */
function CommentsCounter({ form }: { form: CommentsFieldProps['form'] }) {
  const counter = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const paint = (length: number) => {
      if (counter.current) paintCommentsCounter(counter.current, length);
    };
    paint(form.getValues('comments').length);
    return form.subscribe({
      name: 'comments',
      formState: { values: true },
      callback: ({ values }) => paint(values.comments.length),
    });
  }, [form]);
  const [first] = useState(() => describeCount(form.getValues('comments').length));
  return (
    <span ref={counter} className="counter" suppressHydrationWarning>
      {first}
    </span>
  );
}
