import { lazy } from 'react';

/**
 * What the form shows only after something went wrong or changed (toasts, the no-call
 * notice, the new-call banner, this customer's existing callbacks and the clash dialog):
 * loaded when first shown, which saves `/` about 0.4 kB gzip at start-up (`npm run bench`).
 * The one place the widget loads parts of itself lazily (with use-existing-callbacks.ts,
 * which loads the matching it needs for a submit).
 */
const loadNotices = () => import('./call-notices');
export const Toaster = lazy(() => import('../ui/toaster').then((module) => ({ default: module.Toaster })));
export const NoActiveCall = lazy(() => loadNotices().then((module) => ({ default: module.NoActiveCall })));
export const NewCallBanner = lazy(() => loadNotices().then((module) => ({ default: module.NewCallBanner })));
export const ExistingCallbacks = lazy(() => import('./existing-callbacks-view').then((module) => ({ default: module.ExistingCallbacks })));
