import type { CallbackMode } from '../protocol/incoming';
import { z } from '../protocol/zod';
import type { ZonedWindow } from '../time/zoned-time';
import { earliestStart, instantOf, latestStart, MAX_DAYS_AHEAD, parseDateInput, parseTimeInput, todayIn, zonedAt } from '../time/zoned-time';
import type { CallbackFormValues, CallbackType } from './form-values';
import { COMMENTS_MAX } from './form-values';

/**
 * The form rules of SPEC §4, in one place. The schema does not only validate: it parses
 * the raw field strings into the one value the rest of the code needs, a
 * `CallbackRequest` (trimmed text, numbers, the window as instants in its zone, the
 * chosen mode). Nothing downstream trims, re-parses or re-checks.
 */

export interface CallbackRequest {
  callid: string;
  accountNumber: string;
  userId: string;
  /** Entered in, and carrying, the zone the agent typed it in. */
  window: ZonedWindow;
  modeId: number;
  personal: boolean;
  leadScore: number;
  targetAmount: number;
  comments: string;
}

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
  startTooFar: `Start must be within ${MAX_DAYS_AHEAD} days from now: choose an earlier date.`,
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

function windowIssues(values: CallbackFormValues, now: Temporal.Instant, zone: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['startDate', 'endDate'] as const) {
    if (values[key] && !parseDateInput(values[key])) issues.push({ path: key, message: MESSAGES.realDate });
  }
  for (const key of ['startTime', 'endTime'] as const) {
    if (values[key] && !parseTimeInput(values[key])) issues.push({ path: key, message: MESSAGES.realTime });
  }
  const start = zonedAt(values.startDate, values.startTime, zone)?.toInstant();
  const end = zonedAt(values.endDate, values.endTime, zone)?.toInstant();
  if (start) {
    if (Temporal.Instant.compare(start, earliestStart(now)) < 0) {
      const startDayBeforeToday = values.startDate < todayIn(now, zone);
      issues.push({ path: startDayBeforeToday ? 'startDate' : 'startTime', message: MESSAGES.startPast });
    } else if (Temporal.Instant.compare(start, latestStart(now, zone)) > 0) {
      issues.push({ path: 'startDate', message: MESSAGES.startTooFar });
    }
  }
  if (start && end && Temporal.Instant.compare(end, start) < 0) {
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
  // Trailing zeros carry no meaning: 1.230 is 1.23, two decimals.
  const significant = value.includes('.') ? value.replace(/0+$/, '') : value;
  if (/\.\d{3,}$/.test(significant)) return MESSAGES.targetDecimals;
  if (Number(value) > TARGET_MAX) return MESSAGES.targetTooLarge;
  return null;
}

export interface SchemaOptions {
  /** The agent's clock; read at validation time so a form left open stays honest. */
  now: () => Date;
  /** The host's modes, or `null` when it sent none and the agent types an ID. */
  modes: readonly CallbackMode[] | null;
  /** The IANA zone the window is entered in. */
  zone: string;
}

const isCallbackType = (value: unknown): value is CallbackType => value === 'regular' || value === 'personal';

/** Only called once every rule held, so each value parses. */
export function toRequest(values: CallbackFormValues, zone: string): CallbackRequest {
  const start = zonedAt(values.startDate, values.startTime, zone);
  const end = zonedAt(values.endDate, values.endTime, zone);
  if (!start || !end) throw new RangeError('toRequest: the window did not parse');
  return {
    callid: values.callid.trim(),
    accountNumber: values.accountNumber.trim(),
    userId: values.userId.trim(),
    window: { start, end },
    modeId: Number(values.modeId.trim()),
    personal: values.callbackType === 'personal',
    leadScore: Number(values.leadScore.trim()),
    targetAmount: Number(values.targetAmount.trim()),
    comments: values.comments.trim(),
  };
}

/** Every rule, over the raw form values. */
export function createCallbackSchema({ now, modes, zone }: SchemaOptions) {
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
        const issues = windowIssues(values, instantOf(now()), zone);
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

export type ParsedCallback = { success: true; data: CallbackRequest } | { success: false; error: { issues: readonly CallbackIssue[] } };
export interface CallbackIssue {
  path: readonly PropertyKey[];
  message: string;
  code: string;
}

/** Raw form values in: a `CallbackRequest` out, or the issues an agent must fix. */
export function parseCallback(values: CallbackFormValues, options: SchemaOptions): ParsedCallback {
  const result = createCallbackSchema(options).safeParse(values);
  return result.success ? { success: true, data: toRequest(result.data, options.zone) } : { success: false, error: result.error };
}
