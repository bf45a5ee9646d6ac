import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchCallbackModes } from '../callback/callback-modes';
import type { DraftStore } from '../callback/draft-store';
import type { HostBridge, TrafficEntry } from '../protocol/bridge';
import { closeOnUnload, createPostMessageBridge } from '../protocol/bridge';
import type { PageStart } from './page-start';
import type { Startup } from './startup';
import { WidgetRoot } from './widget-root';

/**
 * Modes are a convenience: after at most 5 s the agent types the mode ID instead of
 * waiting. A short `timeoutMs` (meant for the callback answer) still leaves a slow
 * desktop 3 s to offer its modes.
 */
const MODES_TIMEOUT_MIN_MS = 3_000;
const MODES_TIMEOUT_MAX_MS = 5_000;

/**
 * The only code `/` loads on demand, because only a rare case needs it: the refusal
 * screens, and the console log of `?debug=1`.
 */
const loadRefusals = () => import('./refusals');
const loadDebugLog = () => import('../protocol/debug-log');

type Embedded = Extract<Startup, { kind: 'embedded' }>;

/** The bridge lives outside React, created once: StrictMode's double effects can never open a second listener. */
function openBridge(startup: Embedded, onTraffic: ((entry: TrafficEntry) => void) | undefined): HostBridge {
  const { config } = startup;
  return createPostMessageBridge({
    self: window,
    host: window.parent,
    hostOrigin: startup.hostOrigin,
    envelope: { source: config.source, subscriberId: config.subscriberId, ownOrigin: window.location.origin },
    timeoutMs: config.timeoutMs,
    modesTimeoutMs: Math.min(Math.max(config.timeoutMs, MODES_TIMEOUT_MIN_MS), MODES_TIMEOUT_MAX_MS),
    onTraffic,
  });
}

/**
 * Renders the widget into the page's root. The bridge opens, and the modes request
 * leaves, before React renders anything: the answer is usually back by the time the form
 * is live. With a pre-filled form on screen, React hydrates it in place.
 */
export function mountWidget(page: Extract<PageStart, { route: 'widget' }>): void {
  const { startup, drafts } = page;
  if (startup.kind !== 'embedded' || !drafts) {
    void loadRefusals().then(({ renderRefusal }) => renderRefusal(createRoot(page.root), startup));
    return;
  }
  // With `?debug=1` the console logger loads first, so it sees every message; a debug
  // session can afford the wait, an agent's never pays it.
  if (startup.config.debug) void loadDebugLog().then(({ createTrafficLogger }) => start(page, startup, drafts, createTrafficLogger()));
  else start(page, startup, drafts, undefined);
}

function start(page: Extract<PageStart, { route: 'widget' }>, startup: Embedded, drafts: DraftStore, onTraffic: ((entry: TrafficEntry) => void) | undefined) {
  const { root } = page;
  const { config } = startup;
  const client = new QueryClient();
  const bridge = openBridge(startup, onTraffic);
  closeOnUnload(window, bridge);
  if (config.context) prefetchCallbackModes(client, bridge, config.context.callid, config.context.accountNumber);

  if (!page.prefilled) {
    createRoot(root).render(<WidgetRoot config={config} bridge={bridge} drafts={drafts} client={client} />);
    return;
  }
  const prefilled = page.prefilled.takeOver();
  hydrateRoot(root, <WidgetRoot config={config} bridge={bridge} drafts={drafts} client={client} prefilled={prefilled} />);
}
