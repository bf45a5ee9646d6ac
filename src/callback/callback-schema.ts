import { z } from '../protocol/zod';
import type { CallbackMode } from '../protocol/incoming';
import type { SetCallbackData } from '../protocol/outgoing';
import { toDateInput } from './date-time';
import { combineLocal, describeWindow, earliestStart, latestStart, parseDateInput, parseTimeInput, toVendorDate, toVendorTime } from './window-rules';

import type { CallbackFormValues, CallbackType, ValidCallback } from './form-values';
import { COMMENTS_MAX } from './form-values';
import { modeLabel } from './mode-field';

/**
 * The form rules of SPEC §4, in one place: react-hook-form validates with this schema,
 * and what it accepts is what `toWireData` turns into the vendor's message. The form
 * loads this module on the agent's first interaction, not at start-up.
 */

export const TARGET_MAX = 999_999_999.99;

export const MESSAGES = {
  callid: 'There is no active call to schedule a callback for.',
  userId: 'Enter your agent ID.',
  startDate: 'Choose a start date.',
  endDate: 'Choose an end date.',
  startTime: 'Choose a start time.',
  endTime: 'Choose an end time.',
  realDate: 'Enter a real calendar date.',
  realTime: 'Enter a time between 00:00 and 23:59.',
  startPast: 'Start is in the past: choose a time from now on.',
  startTooFar: 'Start must be within 30 days from now: choose an earlier date.',
  endBeforeStart: 'End must be at or after the start.',
  modeRequired: 'Choose a callback mode.',
  modeNotOffered: 'Choose one of the modes the agent desktop offers.',
  modeNumber: 'Enter the mode ID as a whole number (for example 1).',
  leadScore: 'Enter a lead score from 0 to 100, as a whole number.',
  targetRequired: 'Enter a target amount (0 if none).',
  targetNumber: 'Enter the target amount as a number, for example 1250.50.',
  targetNegative: 'The target amount cannot be negative.',
  targetDecimals: 'Use at most 2 decimals for the target amount.',
  targetTooLarge: 'The target amount can be at most 999999999.99.',
  commentsRequired: 'Add a comment for the agent who calls back.',
  commentsTooLong: (length: number) => `Shorten the comment to ${COMMENTS_MAX} characters (it has ${length}).`,
} as const;

const required = (message: string) => z.string().check(z.refine((value) => value.trim() !== '', message));

type Issue = { path: keyof CallbackFormValues; message: string };

function windowIssues(values: CallbackFormValues, now: Date): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['startDate', 'endDate'] as const) {
    if (values[key] && !parseDateInput(values[key])) issues.push({ path: key, message: MESSAGES.realDate });
  }
  for (const key of ['startTime', 'endTime'] as const) {
    if (values[key] && !parseTimeInput(values[key])) issues.push({ path: key, message: MESSAGES.realTime });
  }
  const start = combineLocal(values.startDate, values.startTime);
  const end = combineLocal(values.endDate, values.endTime);
  if (start) {
    const startDayBeforeToday = values.startDate < toDateInput(now);
    if (start < earliestStart(now)) {
      issues.push({ path: startDayBeforeToday ? 'startDate' : 'startTime', message: MESSAGES.startPast });
    } else if (start > latestStart(now)) {
      issues.push({ path: 'startDate', message: MESSAGES.startTooFar });
    }
  }
  if (start && end && end < start) {
    issues.push({ path: values.endDate < values.startDate ? 'endDate' : 'endTime', message: MESSAGES.endBeforeStart });
  }
  return issues;
}

function modeIssue(modeId: string, modes: readonly CallbackMode[] | null): string | null {
  const value = modeId.trim();
  if (value === '') return MESSAGES.modeRequired;
  if (!/^\d+$/.test(value)) return MESSAGES.modeNumber;
  if (modes && modes.length > 0 && !modes.some((mode) => mode.id === Number(value))) return MESSAGES.modeNotOffered;
  return null;
}

function targetIssue(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return MESSAGES.targetRequired;
  // `.5` is what a number input holds when the agent types it (HTML's valid floating-point number).
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(value)) return MESSAGES.targetNumber;
  if (value.startsWith('-')) return MESSAGES.targetNegative;
  if (/\.\d{3,}$/.test(value)) return MESSAGES.targetDecimals;
  if (Number(value) > TARGET_MAX) return MESSAGES.targetTooLarge;
  return null;
}

export interface SchemaOptions {
  /** The agent's clock; read at validation time so a form left open stays honest. */
  now: () => Date;
  /** The host's modes, or `null` when it sent none and the agent types an ID. */
  modes: readonly CallbackMode[] | null;
}

const isCallbackType = (value: unknown): value is CallbackType => value === 'regular' || value === 'personal';

export function createCallbackSchema({ now, modes }: SchemaOptions) {
  return z
    .object({
      callid: required(MESSAGES.callid),
      accountNumber: z.string(),
      userId: required(MESSAGES.userId),
      startDate: required(MESSAGES.startDate),
      startTime: required(MESSAGES.startTime),
      endDate: required(MESSAGES.endDate),
      endTime: required(MESSAGES.endTime),
      modeId: z.string(),
      callbackType: z.custom<CallbackType>(isCallbackType),
      leadScore: z.string().check(z.refine((value) => /^\s*\d{1,3}\s*$/.test(value) && Number(value) <= 100, MESSAGES.leadScore)),
      targetAmount: z.string(),
      comments: z.string(),
    })
    .check(
      z.superRefine((values, ctx) => {
        const issues = windowIssues(values, now());
        const mode = modeIssue(values.modeId, modes);
        if (mode) issues.push({ path: 'modeId', message: mode });
        const target = targetIssue(values.targetAmount);
        if (target) issues.push({ path: 'targetAmount', message: target });
        if (values.comments.trim() === '') issues.push({ path: 'comments', message: MESSAGES.commentsRequired });
        else if (values.comments.length > COMMENTS_MAX) {
          issues.push({ path: 'comments', message: MESSAGES.commentsTooLong(values.comments.length) });
        }
        for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, input: values });
      }),
    );
}

/** A valid form → the `data` of SetCallbackWithComments (SPEC §2). */
export function toWireData(values: ValidCallback): SetCallbackData {
  return {
    callid: values.callid.trim(),
    AccountNumber: values.accountNumber,
    StartDate: toVendorDate(values.startDate),
    EndDate: toVendorDate(values.endDate),
    StartTime: toVendorTime(values.startTime),
    EndTime: toVendorTime(values.endTime),
    CallbackModeId: Number(values.modeId.trim()),
    UserID: values.userId.trim(),
    AgentComments: values.comments.trim(),
    LeadScore: Number(values.leadScore.trim()),
    TargetAmount: Number(values.targetAmount.trim()),
  };
}

/** One line for the status region: what was scheduled, when, and to which number. */
export function summarize(values: ValidCallback, modes: readonly CallbackMode[] | null): string {
  const modeId = Number(values.modeId.trim());
  const mode = modes?.find((candidate) => candidate.id === modeId);
  const kind = values.callbackType === 'personal' ? 'Personal callback' : 'Regular callback';
  return `${kind}, ${describeWindow(values)}, to ${mode ? modeLabel(mode) : `mode ${modeId}`}.`;
}
