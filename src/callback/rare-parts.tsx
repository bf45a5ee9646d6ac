import { lazy } from 'react';

/**
 * What the form shows only after something went wrong or changed (toasts, the no-call
 * notice, the new-call banner, the call kept aside after a switch, this customer's existing
 * callbacks and the clash dialog): loaded when first shown (`npm run bench` measures what
 * start-up saves). Besides these, only the form rules (load-rules.ts), the matching a submit
 * needs (use-existing-callbacks.ts) and the time pickers' data load on demand.
 */
const loadNotices = () => import('./call-notices');
export const Toaster = lazy(() => import('./outcome-toasts').then((module) => ({ default: module.OutcomeToaster })));
export const NoActiveCall = lazy(() => loadNotices().then((module) => ({ default: module.NoActiveCall })));
export const CallNotices = lazy(() => loadNotices().then((module) => ({ default: module.CallNotices })));
const loadFormExtras = () => import('./form-extras');
export const TypedModeField = lazy(() => loadFormExtras().then((module) => ({ default: module.TypedModeField })));
export const PendingWait = lazy(() => loadFormExtras().then((module) => ({ default: module.PendingWait })));
export const ExistingCallbacks = lazy(() => import('./existing-callbacks-view').then((module) => ({ default: module.ExistingCallbacks })));
