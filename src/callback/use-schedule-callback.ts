import { useMutation } from '@tanstack/react-query';
import type { HostBridge } from '../protocol/bridge';
import type { SetCallbackData } from '../protocol/outgoing';

export interface ScheduleVariables {
  data: SetCallbackData;
  personal: boolean;
}

/** Sends SetCallbackWithComments (or the personal variant) and settles on the host's answer. */
export function useScheduleCallback(bridge: HostBridge) {
  return useMutation({
    mutationFn: ({ data, personal }: ScheduleVariables) => bridge.scheduleCallback(data, personal),
    // Never retry on its own: a retry after silence is the agent's decision (SPEC §6).
    retry: false,
  });
}
