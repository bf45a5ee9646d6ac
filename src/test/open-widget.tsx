import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach } from 'vitest';
import { CallbackScreen } from '../callback/callback-screen';
import type { DraftStore } from '../callback/draft-store';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { HostBridge } from '../protocol/bridge';
import type { CallContext } from '../protocol/call-event';
import type { OutgoingMessage } from '../protocol/outgoing';
import type { InMemoryConnection, InMemoryOptions } from '../simulator/in-memory';
import { connectInMemory } from '../simulator/in-memory';
import { readRequest } from '../simulator/wire';
import type { TimeSettings } from '../time/time-settings';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';

/**
 * The one way unit tests reach the widget: the real postMessage bridge wired in memory to
 * the simulated agent desktop (src/simulator), each answer delivered inside React's `act`.
 * Every form is unmounted and every connection closed after its test.
 */

export const HOST_ORIGIN = 'http://localhost:4174';
export const WIDGET_ORIGIN = 'http://127.0.0.1:4173';
export const TEST_CALL: CallContext = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: 40, targetAmount: 150.5 };

const open = new Set<InMemoryConnection>();
afterEach(() => {
  // The forms go first: a request the closing bridge ends must find no form to update.
  cleanup();
  for (const connection of open) connection.close();
  open.clear();
});

export interface TestConnection extends InMemoryConnection {
  /** What the widget posted, in order; `callbacks`: only SetCallbackWithComments and SetPersonalCallbackWithComments. */
  sent(filter?: 'callbacks'): OutgoingMessage[];
  /** The target origin of each post. */
  targetOrigins(): string[];
}

const isCallback = (message: unknown) => {
  const kind = readRequest(message)?.kind;
  return kind === 'schedule' || kind === 'personal';
};

/** The bridge and the desktop, without a form. The desktop answers at once unless its scenario says otherwise. */
export function connectWidget(options: InMemoryOptions = {}): TestConnection {
  const connection = connectInMemory({
    hostOrigin: HOST_ORIGIN,
    widgetOrigin: WIDGET_ORIGIN,
    modesTimeoutMs: 15_000,
    deliverWith: (deliver) => act(deliver),
    ...options,
    scenario: { replyAfterMs: 0, ...options.scenario },
  });
  open.add(connection);
  return {
    ...connection,
    sent(filter) {
      const messages = connection.posts.map(({ message }) => message);
      return (filter ? messages.filter(isCallback) : messages) as OutgoingMessage[];
    },
    targetOrigins: () => connection.posts.map(({ targetOrigin }) => targetOrigin),
  };
}

export interface OpenWidgetOptions extends InMemoryOptions {
  /** The call the widget opens on; `null` for none. */
  context?: CallContext | null;
  drafts?: DraftStore;
  now?: () => Date;
  /** SPEC §11 settings; default: as a URL without any, in the test's zone. */
  time?: TimeSettings;
  /** Render in StrictMode, as the app does. */
  strict?: boolean;
  /** What the form gets instead of the bridge itself (a test may count what the tree holds). */
  wrapBridge?: (bridge: HostBridge) => HostBridge;
}

/** The real CallbackScreen against the simulated desktop, as the app renders it. */
export function openWidget(options: OpenWidgetOptions = {}) {
  const { context = TEST_CALL, drafts = createDraftStore(memoryBackend()), now, time = readTimeSettings({}, agentZone()), strict = false, wrapBridge, ...connect } = options;
  // One clock for the form and the desktop: the callbacks it lists sit around the form's now.
  const connection = connectWidget({ desktopNow: now && (() => now().getTime()), ...connect });
  const bridge = wrapBridge ? wrapBridge(connection.bridge) : connection.bridge;
  const tree = (
    <QueryClientProvider client={new QueryClient()}>
      <CallbackScreen config={{ context, userId: 'testagent', time }} bridge={bridge} drafts={drafts} now={now} />
    </QueryClientProvider>
  );
  const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { ...connection, drafts, view, user: userEvent.setup() };
}
