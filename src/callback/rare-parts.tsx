import { lazy } from 'react';

/**
 * What the form shows only after something went wrong or changed (toasts, the no-call
 * notice, the new-call banner and the call kept aside after a switch): loaded when first shown, which saves `/` about 0.4 kB
 * gzip at start-up (`npm run bench`). The one place the widget loads parts of itself lazily.
 */
const loadNotices = () => import('./call-notices');
export const Toaster = lazy(() => import('./outcome-toasts').then((module) => ({ default: module.OutcomeToaster })));
export const NoActiveCall = lazy(() => loadNotices().then((module) => ({ default: module.NoActiveCall })));
export const CallNotices = lazy(() => loadNotices().then((module) => ({ default: module.CallNotices })));
const loadFormExtras = () => import('./form-extras');
export const TypedModeField = lazy(() => loadFormExtras().then((module) => ({ default: module.TypedModeField })));
export const PendingWait = lazy(() => loadFormExtras().then((module) => ({ default: module.PendingWait })));
