// Build time runs on Node 20, which has no Temporal.
import 'temporal-polyfill/global';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { readWidgetConfig } from '../call-context/widget-config';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { HostBridge } from '../protocol/bridge';
import { PRERENDER_CALLID } from './prefill';
import { WidgetRoot } from './widget-root';

/** Server rendering runs no effects and sends nothing; a bridge that never answers is enough. */
const silentBridge: HostBridge = {
  scheduleCallback: () => new Promise<void>(() => {}),
  loadModes: () => new Promise(() => {}),
  loadCallbackList: () => new Promise(() => {}),
  subscribe: () => () => {},
  expectLateResult: () => {},
  destroy: () => {},
  timeoutMs: 15_000,
};

/**
 * Build time only (the `prerender-widget` plugin in vite.config.ts): `/`'s own tree, as it
 * first renders for a call with an account number and an agent ID, while the modes load.
 * Field values are not in the markup (react-hook-form sets them through refs); prefill.ts
 * fills them in the frame, and React hydrates this markup. Never part of the browser bundle.
 */
export function prerenderWidget(): string {
  const context = { callid: PRERENDER_CALLID, accountNumber: '-', userId: '-', leadScore: null, targetAmount: null };
  return renderToString(
    <WidgetRoot config={{ context, userId: context.userId, time: readWidgetConfig('').time }} bridge={silentBridge} drafts={createDraftStore(memoryBackend())} client={new QueryClient()} />,
  );
}
