import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchCallbackModes } from '../callback/callback-modes';
import { prefetchCallbackList } from '../callback/use-existing-callbacks';
import type { PageStart } from './page-start';
import { WidgetRoot } from './widget-root';

/** The only code `/` loads on demand, because only a rare case needs it: the refusal screens. */
const loadRefusals = () => import('./refusals');

/**
 * Renders the widget into the page's root. The bridge is open, and the modes request
 * has left, since the page's first script ran (app/open-bridge.ts): the answer is usually
 * back by the time the form is live. With a pre-filled form on screen, React hydrates it in place.
 */
export function mountWidget(page: Extract<PageStart, { route: 'widget' }>): void {
  const { root, startup, drafts, connection } = page;
  if (startup.kind !== 'embedded' || !drafts || !connection) {
    void loadRefusals().then(({ renderRefusal }) => renderRefusal(createRoot(root), startup));
    return;
  }
  const { config } = startup;
  const { bridge, modes } = connection;
  const client = new QueryClient();
  const call = config.context;
  if (call && modes) prefetchCallbackModes(client, bridge, call.callid, call.accountNumber, modes);
  // Before the form mounts, so its query finds the list the page already asked for.
  if (call) connection.whenListAsked((answer) => prefetchCallbackList(client, { callid: call.callid, userId: call.userId, scheduleZone: config.time.scheduleZone, maxDaysAhead: config.time.maxDaysAhead }, answer));

  if (!page.prefilled) {
    createRoot(root).render(<WidgetRoot config={config} bridge={bridge} drafts={drafts} client={client} />);
    return;
  }
  // Read and hydrated in one task, not in slices between the agent's keys: nothing typed
  // can fall between the values read here and React taking the inputs over, and React is
  // live sooner (first send, 4× CPU: about 250 ms less from form shown to message sent).
  flushSync(() => {
    const prefilled = page.prefilled?.takeOver() ?? null;
    hydrateRoot(root, <WidgetRoot config={config} bridge={bridge} drafts={drafts} client={client} prefilled={prefilled} />);
  });
}
