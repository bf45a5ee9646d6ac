/**
 * The form rules (SPEC §4, §11) and zod with them, loaded in this one place, when the agent
 * first acts on the form: a key, a pointer or an input in the pre-filled page (app/prefill.ts)
 * or in React's form (callback-form.tsx). They are live by the time Schedule is pressed and
 * cost nothing at start-up; the resolver awaits them if a submit comes first.
 */
export const loadRules = () => import('./callback-rules');
