import { lazy } from 'react';

/**
 * What the form shows only after something went wrong or changed (toasts, the no-call
 * notice, the new-call banner and the call kept aside after a switch): loaded when first shown, which saves `/` about 0.4 kB
 * gzip at start-up (`npm run bench`). The one place the widget loads parts of itself lazily.
 */
const loadNotices = () => import('./call-notices');
export const Toaster = lazy(() => import('../ui/toaster').then((module) => ({ default: module.Toaster })));
export const NoActiveCall = lazy(() => loadNotices().then((module) => ({ default: module.NoActiveCall })));
export const NewCallBanner = lazy(() => loadNotices().then((module) => ({ default: module.NewCallBanner })));
export const KeptCallNotice = lazy(() => loadNotices().then((module) => ({ default: module.KeptCallNotice })));
