import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CallbackScreen } from '../callback/callback-screen';
import type { DraftStore } from '../callback/draft-store';
import { createPostMessageBridge } from '../protocol/bridge';
import type { TrafficEntry } from '../protocol/bridge';
import type { Startup } from './startup';
import type { WidgetShell } from './widget-shell';
import { restoreFocus } from './widget-shell';

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

/**
 * Renders the widget for `startup` into `root`. With a static shell on screen, React
 * renders from what the shell holds and replaces it in the same task, so the agent sees
 * no flash and loses nothing typed meanwhile (see widget-shell.ts).
 */
export function mountWidget(root: HTMLElement, startup: Startup, drafts: DraftStore | null, shell: WidgetShell | null): void {
  const reactRoot = createRoot(root);

  // The refusal screens and the debug log are rare: they load only when needed.
  if (startup.kind !== 'embedded' || !drafts) {
    void import('./refusals').then(({ renderRefusal }) => renderRefusal(reactRoot, startup));
    return;
  }

  const { config } = startup;
  const traffic = config.debug ? debugTraffic() : undefined;
  // Created once, outside React: StrictMode's double effects can never open a second listener.
  const bridge = createPostMessageBridge({
    self: window,
    host: window.parent,
    hostOrigin: startup.hostOrigin,
    envelope: { source: config.source, subscriberId: config.subscriberId, ownOrigin: window.location.origin },
    timeoutMs: config.timeoutMs,
    modesTimeoutMs: Math.min(Math.max(config.timeoutMs, MODES_TIMEOUT_MIN_MS), MODES_TIMEOUT_MAX_MS),
    onTraffic: traffic,
  });
  window.addEventListener('pagehide', () => bridge.destroy(), { once: true });
  const app = (
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <CallbackScreen config={config} bridge={bridge} drafts={drafts} />
      </QueryClientProvider>
    </StrictMode>
  );
  if (!shell) {
    reactRoot.render(app);
    return;
  }
  // What the agent typed into the shell is a draft: the form restores it like any other.
  const handover = shell.read();
  if (handover.edited) drafts.saveDraft(handover.values);
  flushSync(() => reactRoot.render(app));
  shell.remove();
  restoreFocus(document, handover.focus);
  if (handover.submitRequested) root.querySelector('form')?.requestSubmit();
}
