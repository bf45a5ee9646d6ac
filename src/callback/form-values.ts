import type { CallContext } from '../protocol/call-context';
import type { CallbackMode } from '../protocol/incoming';
import type { CallbackWindow } from './date-time';

export const COMMENTS_MAX = 1000;

export type CallbackType = 'regular' | 'personal';

/** What the inputs hold: strings, exactly as the agent typed them. */
export interface CallbackFormValues extends CallbackWindow {
  callid: string;
  accountNumber: string;
  userId: string;
  modeId: string;
  callbackType: CallbackType;
  leadScore: string;
  targetAmount: string;
  comments: string;
}

/** Values the schema accepted: every rule holds, so the numbers parse. */
export type ValidCallback = CallbackFormValues;

/** Fresh values for a call: the context's numbers, else 0 (SPEC §4). */
export function initialValues(context: CallContext, window: CallbackWindow, modes: readonly CallbackMode[] | null): CallbackFormValues {
  const onlyMode = modes?.length === 1 ? String(modes[0]?.id ?? '') : '';
  return {
    callid: context.callid,
    accountNumber: context.accountNumber,
    userId: context.userId,
    ...window,
    modeId: onlyMode,
    callbackType: 'regular',
    leadScore: String(context.leadScore ?? 0),
    targetAmount: String(context.targetAmount ?? 0),
    comments: '',
  };
}
