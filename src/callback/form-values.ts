import type { CallContext } from '../protocol/call-event';
import type { CallbackMode } from '../protocol/incoming';
import type { WindowInputs } from '../time/zoned-time';
import { agentZone, defaultWindow, instantOf } from '../time/zoned-time';
import type { DraftStore, ScheduledRecord } from './draft-store';

export const COMMENTS_MAX = 1000;

export type CallbackType = 'regular' | 'personal';

/** What the inputs hold: strings, exactly as the agent typed them. */
export interface CallbackFormValues extends WindowInputs {
  callid: string;
  accountNumber: string;
  userId: string;
  modeId: string;
  callbackType: CallbackType;
  leadScore: string;
  targetAmount: string;
  comments: string;
}

/** Fresh values for a call: the context's numbers, else 0 (SPEC §4). */
export function initialValues(context: CallContext, window: WindowInputs, modes: readonly CallbackMode[] | null): CallbackFormValues {
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

export const freshValues = (context: CallContext, now: Date, modes: readonly CallbackMode[] | null = null) =>
  initialValues(context, defaultWindow(instantOf(now), agentZone()), modes);

/** How a form for a call starts: the one source for the form's first render and for the page's pre-React fill. */
export interface FormStart {
  values: CallbackFormValues;
  /** The values are a draft the agent typed earlier. */
  restored: boolean;
  scheduled: ScheduledRecord | null;
  /** The desktop named the agent: the Agent ID field is read-only. */
  agentFixed: boolean;
  /** There is an LCM key to ask the desktop for modes with; without one the agent types the mode ID. */
  modesFromHost: boolean;
  /** Names the branches the first render takes; prerendered markup records the one it was made for. */
  layout: string;
}

export function formStart(context: CallContext, drafts: DraftStore, now: Date): FormStart {
  const draft = drafts.loadDraft(context.callid);
  const scheduled = drafts.loadRecord('scheduled', context.callid);
  const agentFixed = context.userId !== '';
  const modesFromHost = context.accountNumber !== '';
  return {
    values: draft ?? freshValues(context, now),
    restored: draft !== null,
    scheduled,
    agentFixed,
    modesFromHost,
    layout: [scheduled ? 'scheduled' : 'open', agentFixed ? 'agent-fixed' : 'agent-typed', modesFromHost ? 'modes' : 'mode-id'].join(' '),
  };
}
