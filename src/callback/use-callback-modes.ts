import { useQuery } from '@tanstack/react-query';
import type { HostBridge } from '../protocol/bridge';

/** Asks the host for its callback modes once both call id and LCM key are known (SPEC §2). */
export function useCallbackModes(bridge: HostBridge, callid: string, accountNumber: string) {
  return useQuery({
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
