import type { CallContext } from '../protocol/call-event';
import type { CallbackMode } from '../protocol/incoming';
import { openingWindow } from '../time/calling-hours';
import type { QuickPickId } from '../time/quick-pick-ids';
import type { TimeSettings } from '../time/time-settings';
import { customerZoneOf } from '../time/time-settings';
import type { WindowInputs } from '../time/zoned-time';
import { instantOf, windowInputs } from '../time/zoned-time';
import type { DraftStore, ScheduledRecord } from './draft-store';

export const COMMENTS_MAX = 1000;

/** The Customer time zone field's id (window-fields.tsx); its hint holds the zone note. */
export const CUSTOMER_ZONE_FIELD = 'customer-zone';

export type CallbackType = 'regular' | 'personal';

/** What the inputs hold: strings, exactly as the agent typed them. */
export interface CallbackFormValues extends WindowInputs {
  callid: string;
  /** The zone the window is entered in: the customer's (SPEC §11). */
  customerZone: string;
  accountNumber: string;
  userId: string;
  modeId: string;
  callbackType: CallbackType;
  leadScore: string;
  targetAmount: string;
  comments: string;
}

/** Fresh values for a call: the context's numbers, else 0 (SPEC §4). */
export function initialValues(
  context: CallContext,
  customerZone: string,
  window: WindowInputs,
  modes: readonly CallbackMode[] | null,
): CallbackFormValues {
  const onlyMode = modes?.length === 1 ? String(modes[0]?.id ?? '') : '';
  return {
    callid: context.callid,
    customerZone,
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

/**
 * SPEC §4 and §11: a fresh window starts 30 minutes from now (on the quarter hour) in the
 * customer's zone, moved into their calling hours when it falls outside them.
 */
export const freshWindow = (now: Date, zone: string, time: TimeSettings): WindowInputs =>
  windowInputs(openingWindow(instantOf(now), zone, time.callingHours, time.maxDaysAhead));

export function freshValues(context: CallContext, now: Date, time: TimeSettings, modes: readonly CallbackMode[] | null = null): CallbackFormValues {
  const { zone } = customerZoneOf(time, context.timeZone);
  return initialValues(context, zone, freshWindow(now, zone, time), modes);
}

/** What the prerendered form held when React took it over (see app/prefill.ts). */
export interface Prefilled {
  values: CallbackFormValues;
  /** The agent changed something before React was ready. */
  edited: boolean;
  /** Schedule (or Enter) was pressed before React was ready. */
  submitRequested: boolean;
  /** A quick pick pressed before React was ready (and not overwritten by hand since): the form makes it. */
  quickPick: QuickPickId | null;
  /** The agent set the window by hand before React was ready: a new zone keeps it, as after. */
  windowEdited: boolean;
}

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
  /** Said under Customer time zone when the desktop gave no usable zone (SPEC §11), else null. */
  zoneNote: string | null;
  /** Names the branches the first render takes; prerendered markup records the one it was made for. */
  layout: string;
}

export function formStart(context: CallContext, drafts: DraftStore, now: Date, time: TimeSettings): FormStart {
  const draft = drafts.loadDraft(context.callid);
  const scheduled = drafts.loadRecord('scheduled', context.callid);
  const agentFixed = context.userId !== '';
  const modesFromHost = context.accountNumber !== '';
  return {
    values: draft ?? freshValues(context, now, time),
    restored: draft !== null,
    scheduled,
    agentFixed,
    modesFromHost,
    zoneNote: customerZoneOf(time, context.timeZone).note,
    layout: [scheduled ? 'scheduled' : 'open', agentFixed ? 'agent-fixed' : 'agent-typed', modesFromHost ? 'modes' : 'mode-id'].join(' '),
  };
}
