import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from '../protocol/zod';

/**
 * react-hook-form ⇄ zod/mini, in the dozen lines the form needs: the first issue of each
 * field becomes its error. (@hookform/resolvers does the same and weighs ten times more.)
 */
export function schemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodMiniType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      errors[name] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<Input> };
  };
}
