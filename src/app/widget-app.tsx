import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { readWidgetConfig } from '../call-context/widget-config';
import { CallbackScreen } from '../callback/callback-screen';
import { createBrowserDraftStore } from '../callback/draft-store';
import { createPostMessageBridge } from '../protocol/bridge';
import type { TrafficEntry } from '../protocol/bridge';
import { parseAllowedOrigins, resolveHostOrigin } from '../protocol/origin';
import { applyTheme } from '../ui/theme';

/**
 * Modes are a convenience: after at most 5 s the agent types the mode ID instead of
 * waiting. A short `timeoutMs` (meant for the callback answer) still leaves a slow
 * desktop 3 s to offer its modes.
 */
const MODES_TIMEOUT_MIN_MS = 3_000;
const MODES_TIMEOUT_MAX_MS = 5_000;

/** With `?debug=1`: one console line per message; entries before the logger loads wait for it. */
function debugTraffic(): (entry: TrafficEntry) => void {
  let log: ((entry: TrafficEntry) => void) | null = null;
  const early: TrafficEntry[] = [];
  void import('../protocol/debug-log').then(({ createTrafficLogger }) => {
    const logger = createTrafficLogger(true);
    early.splice(0).forEach(logger);
    log = logger;
  });
  return (entry) => (log ? log(entry) : early.push(entry));
}

export function mountWidget(root: HTMLElement): void {
  const config = readWidgetConfig(window.location.search);
  applyTheme(config.theme);
  const reactRoot = createRoot(root);

  // The refusal screens and the debug log are rare: they load only when needed.
  if (window.parent === window) {
    void import('./refusals').then(({ NotEmbedded }) => reactRoot.render(<NotEmbedded />));
    return;
  }
  const resolution = resolveHostOrigin({
    hostOriginParam: config.hostOriginParam,
    ancestorOrigin: window.location.ancestorOrigins?.[0] ?? null,
    referrer: document.referrer,
    allowed: parseAllowedOrigins(import.meta.env.VITE_ALLOWED_HOST_ORIGINS),
  });
  if (!resolution.ok) {
    const { seen } = resolution;
    void import('./refusals').then(({ OriginRefused }) => reactRoot.render(<OriginRefused seen={seen} />));
    return;
  }

  const traffic = config.debug ? debugTraffic() : undefined;
  // Created once, outside React: StrictMode's double effects can never open a second listener.
  const bridge = createPostMessageBridge({
    self: window,
    host: window.parent,
    hostOrigin: resolution.origin,
    envelope: { source: config.source, subscriberId: config.subscriberId, ownOrigin: window.location.origin },
    timeoutMs: config.timeoutMs,
    modesTimeoutMs: Math.min(Math.max(config.timeoutMs, MODES_TIMEOUT_MIN_MS), MODES_TIMEOUT_MAX_MS),
    onTraffic: traffic,
  });
  window.addEventListener('pagehide', () => bridge.destroy(), { once: true });
  const queryClient = new QueryClient();
  reactRoot.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <CallbackScreen config={config} bridge={bridge} drafts={createBrowserDraftStore(window)} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
