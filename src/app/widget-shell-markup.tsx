import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { CallbackScreen } from '../callback/callback-screen';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { HostBridge } from '../protocol/bridge';
import { SHELL_CALLID_TOKEN } from './widget-shell';

/** Server rendering runs no effects and sends nothing; a bridge that never answers is enough. */
const silentBridge: HostBridge = {
  scheduleCallback: () => new Promise<void>(() => {}),
  loadModes: () => new Promise(() => {}),
  subscribe: () => () => {},
  expectLateResult: () => {},
  destroy: () => {},
};

/**
 * Build time only (the `widget-shell` plugin in vite.config.ts): the real CallbackScreen,
 * as it first renders for a call with an account number and an agent ID, while the
 * modes load. Values are not in the markup (the form sets them through refs); the shell
 * module fills them from the URL. Never part of the browser bundle.
 */
export function renderWidgetShell(): string {
  const context = { callid: SHELL_CALLID_TOKEN, accountNumber: '-', userId: '-', leadScore: null, targetAmount: null };
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <CallbackScreen
        config={{ context, userId: context.userId }}
        bridge={silentBridge}
        drafts={createDraftStore(memoryBackend())}
      />
    </QueryClientProvider>,
  );
}
