import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { readWidgetConfig } from '../call-context/widget-config';
import { CallbackScreen } from '../callback/callback-screen';
import { createBrowserDraftStore } from '../callback/draft-store';
import { createPostMessageBridge } from '../protocol/bridge';
import { createTrafficLogger } from '../protocol/debug-log';
import { parseAllowedOrigins, resolveHostOrigin } from '../protocol/origin';
import { applyTheme } from '../ui/theme';
import { NotEmbedded, OriginRefused } from './refusals';

/** Modes are a convenience: after this long the agent types the mode ID instead of waiting. */
const MODES_TIMEOUT_CAP_MS = 5_000;

export function mountWidget(root: HTMLElement): void {
  const config = readWidgetConfig(window.location.search);
  applyTheme(config.theme);
  const reactRoot = createRoot(root);

  if (window.parent === window) {
    reactRoot.render(<NotEmbedded />);
    return;
  }
  const resolution = resolveHostOrigin({
    hostOriginParam: config.hostOriginParam,
    ancestorOrigin: window.location.ancestorOrigins?.[0] ?? null,
    referrer: document.referrer,
    allowed: parseAllowedOrigins(import.meta.env.VITE_ALLOWED_HOST_ORIGINS),
  });
  if (!resolution.ok) {
    reactRoot.render(<OriginRefused seen={resolution.seen} />);
    return;
  }

  const traffic = createTrafficLogger(config.debug);
  // Created once, outside React: StrictMode's double effects can never open a second listener.
  const bridge = createPostMessageBridge({
    self: window,
    host: window.parent,
    hostOrigin: resolution.origin,
    envelope: { source: config.source, subscriberId: config.subscriberId, ownOrigin: window.location.origin },
    timeoutMs: config.timeoutMs,
    modesTimeoutMs: Math.min(config.timeoutMs, MODES_TIMEOUT_CAP_MS),
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
