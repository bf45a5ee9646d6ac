import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HostBridge } from '../protocol/bridge';
import type { CallbackMode } from '../protocol/incoming';

/**
 * Loading the host's callback modes (SPEC §2): `GetCallBackModes` once both the call ID
 * and the LCM key are known. The app starts this before React renders (see
 * app/widget-app.tsx), so the answer is usually in the cache by the time the form shows.
 */
export function callbackModesQuery(bridge: HostBridge, callid: string, accountNumber: string) {
  return queryOptions({
    queryKey: ['callback-modes', callid, accountNumber],
    queryFn: () => bridge.loadModes({ callid, AccountNumber: accountNumber }),
    enabled: callid !== '' && accountNumber !== '',
    // A host that said nothing will not say more on a retry; the agent types the ID instead.
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export const useCallbackModes = (bridge: HostBridge, callid: string, accountNumber: string) =>
  useQuery(callbackModesQuery(bridge, callid, accountNumber));

/** Starts the request without waiting for React; the form's query picks up the answer. */
export function prefetchCallbackModes(client: QueryClient, bridge: HostBridge, callid: string, accountNumber: string): void {
  if (callid !== '' && accountNumber !== '') void client.prefetchQuery(callbackModesQuery(bridge, callid, accountNumber));
}

/** "Mobile · 6591462346": how a mode is named in the select and in the confirmation. */
export const modeLabel = (mode: CallbackMode) => [mode.description, mode.value].filter(Boolean).join(' · ') || `Mode ${mode.id}`;
