import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HostBridge } from '../protocol/bridge';
import { canAskModes } from '../protocol/call-event';
import type { CallbackMode } from '../protocol/incoming';

/**
 * What the widget asks the desktop is asked once per call: a host that said nothing will
 * not say more on an automatic retry (the agent types the mode ID, scheduling goes on
 * unchecked), and the answer does not go stale while the agent looks at the form.
 */
export const ASK_ONCE = {
  retry: false,
  // A request that failed before the form mounted (the page's first script asked, and the
  // desktop stayed silent while React's code loaded) is not asked again behind the agent's back.
  retryOnMount: false,
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const;

/**
 * Loading the host's callback modes (SPEC §2): `GetCallBackModes` once both the call ID
 * and the LCM key are known. The page's first script sends it before React's code has
 * loaded (app/open-bridge.ts), so the answer is usually in the cache when the form goes live.
 */
export function callbackModesQuery(bridge: HostBridge, callid: string, accountNumber: string) {
  return queryOptions({
    queryKey: ['callback-modes', callid, accountNumber],
    queryFn: () => bridge.loadModes({ callid, AccountNumber: accountNumber }),
    enabled: canAskModes({ callid, accountNumber }),
    ...ASK_ONCE,
  });
}

export const useCallbackModes = (bridge: HostBridge, callid: string, accountNumber: string) =>
  useQuery(callbackModesQuery(bridge, callid, accountNumber));

/**
 * The request the page's first script already sent (app/open-bridge.ts) becomes the
 * query's first answer: the form reads it from the cache, and a Retry asks the desktop again.
 */
export function prefetchCallbackModes(client: QueryClient, bridge: HostBridge, callid: string, accountNumber: string, asked: Promise<CallbackMode[]>): void {
  void client.prefetchQuery({ ...callbackModesQuery(bridge, callid, accountNumber), queryFn: () => asked });
}

/** "Mobile · 6591462346": how a number is named, a mode's or an existing callback's. */
export const numberLabel = ({ description, value }: Pick<CallbackMode, 'description' | 'value'>) => [description, value].filter(Boolean).join(' · ');

/** A mode in the select and in the confirmation; a mode with neither description nor number by its ID. */
export const modeLabel = (mode: CallbackMode) => numberLabel(mode) || `Mode ${mode.id}`;
