import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { CallbackIssue } from './callback-rules';

type Parse<Input, Output> = (values: Input) => { success: true; data: Output } | { success: false; error: { issues: readonly CallbackIssue[] } };

/**
 * react-hook-form ⇄ a parser, in the dozen lines the form needs: what the parser returns
 * is what the submit handler gets, and the first issue of each field becomes its error.
 * (@hookform/resolvers does the same and weighs ten times more.)
 */
export function schemaResolver<Input extends FieldValues, Output>(parse: Parse<Input, Output>): Resolver<Input, unknown, Output> {
  return (values) => {
    const result = parse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      // A rule the form offers a fix for names itself as the error's type.
      errors[name] ??= { type: issue.params?.rule ?? issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<Input> };
  };
}
