import { useWatch } from 'react-hook-form';
import type { Control, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../ui/field';
import type { CallbackFormValues, ValidCallback } from './callback-schema';
import { COMMENTS_MAX } from './callback-schema';

interface CommentsFieldProps {
  control: Control<CallbackFormValues, unknown, ValidCallback>;
  registration: UseFormRegisterReturn<'comments'>;
  error: string | undefined;
}

/** No maxLength: a paste over the limit must not be cut silently; the counter and the rule say so instead. */
export function CommentsField({ control, registration, error }: CommentsFieldProps) {
  return (
    <Field id="comments" label="Comments" error={error} hint={<CommentsCounter control={control} />} className="field-wide">
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
function CommentsCounter({ control }: { control: CommentsFieldProps['control'] }) {
  const comments = useWatch({ control, name: 'comments' });
  const over = comments.length - COMMENTS_MAX;
  return (
    <span className={over > 0 ? 'counter counter-over' : 'counter'}>
      {comments.length} / {COMMENTS_MAX} characters{over > 0 ? ` (${over} over the limit)` : ''}
    </span>
  );
}
