import type { CallbackMode } from '../protocol/incoming';
import { z } from '../protocol/zod';
import type { CallingHours } from '../time/calling-hours';
import { describeCallingHours, withinCallingHours } from '../time/calling-hours';
import type { TimeSettings } from '../time/time-settings';
import { longDateText } from '../time/window-text';
import { suggestZone } from '../time/zone-names';
import type { WallClock, ZonedWindow } from '../time/zoned-time';
import {
  earliestStart,
  instantOf,
  latestStart,
  parseDateInput,
  parseTimeInput,
  resolveZone,
  todayIn,
  toTimeInput,
  wallClockIn,
  zonedAt,
} from '../time/zoned-time';
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
  /** Entered in, and carrying, the customer's zone (SPEC §11). */
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
  startTooFar: (days: number) => `Start must be within ${days} days from now: choose an earlier date.`,
  endBeforeStart: 'End must be at or after the start.',
  zoneRequired: "Choose the customer's time zone.",
  zoneUnknown: (name: string, suggestion: string | null) =>
    `“${name}” is not a time zone: ${suggestion ? `did you mean ${suggestion}?` : 'choose one from the list, for example America/Chicago.'}`,
  skipped: (clock: Extract<WallClock, { kind: 'skipped' }>, zone: string) =>
    `${clock.time.toString({ smallestUnit: 'minute' })} does not exist on ${longDateText(clock.date)} in ${zone}: clocks jump to ${toTimeInput(clock.jumpTo)}.`,
  outsideHours: (hours: CallingHours, zone: string) =>
    `Outside calling hours: the customer can be called from ${describeCallingHours(hours)}, their time (${zone}).`,
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

/** Which rule an issue comes from, when the form offers a fix for it (SPEC §11: Move to next allowed time). */
export type IssueRule = 'callingHours';
type Issue = { path: keyof CallbackFormValues; message: string; rule?: IssueRule };

/** The valid moment a wall-clock pair names, pushing an issue when a DST jump skips it. */
function instantAt(values: CallbackFormValues, which: 'start' | 'end', zone: string, issues: Issue[]): Temporal.ZonedDateTime | null {
  const clock = wallClockIn(values[`${which}Date`], values[`${which}Time`], zone);
  if (!clock) return null;
  if (clock.kind !== 'skipped') return clock.at;
  issues.push({ path: `${which}Time`, message: MESSAGES.skipped(clock, zone) });
  return null;
}

function windowIssues(values: CallbackFormValues, now: Temporal.Instant, time: TimeSettings): Issue[] {
  const issues: Issue[] = [];
  const zone = resolveZone(values.customerZone);
  if (!zone) {
    const name = values.customerZone.trim();
    issues.push({ path: 'customerZone', message: name ? MESSAGES.zoneUnknown(name, suggestZone(name)) : MESSAGES.zoneRequired });
  }
  for (const key of ['startDate', 'endDate'] as const) {
    if (values[key] && !parseDateInput(values[key])) issues.push({ path: key, message: MESSAGES.realDate });
  }
  for (const key of ['startTime', 'endTime'] as const) {
    if (values[key] && !parseTimeInput(values[key])) issues.push({ path: key, message: MESSAGES.realTime });
  }
  if (!zone) return issues;
  // Rules compare instants: the customer's wall clock only says which instant was meant.
  const start = instantAt(values, 'start', zone, issues);
  const end = instantAt(values, 'end', zone, issues);
  let timely = false;
  if (start) {
    if (Temporal.Instant.compare(start.toInstant(), earliestStart(now)) < 0) {
      const startDayBeforeToday = values.startDate < todayIn(now, zone);
      issues.push({ path: startDayBeforeToday ? 'startDate' : 'startTime', message: MESSAGES.startPast });
    } else if (Temporal.Instant.compare(start.toInstant(), latestStart(now, zone, time.maxDaysAhead)) > 0) {
      issues.push({ path: 'startDate', message: MESSAGES.startTooFar(time.maxDaysAhead) });
    } else timely = true;
  }
  if (start && end && Temporal.ZonedDateTime.compare(end, start) < 0) {
    issues.push({ path: values.endDate < values.startDate ? 'endDate' : 'endTime', message: MESSAGES.endBeforeStart });
  } else if (start && end && timely && time.callingHours && !withinCallingHours({ start, end }, time.callingHours)) {
    const startInside = withinCallingHours({ start, end: start }, time.callingHours);
    issues.push({ path: startInside ? 'endTime' : 'startTime', message: MESSAGES.outsideHours(time.callingHours, zone), rule: 'callingHours' });
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
  /** The calling hours and the horizon (SPEC §11); the window's zone is the form's `customerZone`. */
  time: TimeSettings;
}

const isCallbackType = (value: unknown): value is CallbackType => value === 'regular' || value === 'personal';

/** Only called once every rule held, so each value parses. */
export function toRequest(values: CallbackFormValues): CallbackRequest {
  const zone = resolveZone(values.customerZone);
  const start = zone ? zonedAt(values.startDate, values.startTime, zone) : null;
  const end = zone ? zonedAt(values.endDate, values.endTime, zone) : null;
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
export function createCallbackSchema({ now, modes, time }: SchemaOptions) {
  return z
    .object({
      callid: required(MESSAGES.callid),
      customerZone: z.string(),
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
        const issues = windowIssues(values, instantOf(now()), time);
        const mode = modeIssue(values.modeId, modes);
        if (mode) issues.push({ path: 'modeId', message: mode });
        const target = targetIssue(values.targetAmount);
        if (target) issues.push({ path: 'targetAmount', message: target });
        if (values.comments.trim() === '') issues.push({ path: 'comments', message: MESSAGES.commentsRequired });
        else if (values.comments.length > COMMENTS_MAX) {
          issues.push({ path: 'comments', message: MESSAGES.commentsTooLong(values.comments.length) });
        }
        for (const { path, message, rule } of issues) {
          ctx.addIssue({ code: 'custom', path: [path], message, input: values, ...(rule ? { params: { rule } } : {}) });
        }
      }),
    );
}

export type ParsedCallback = { success: true; data: CallbackRequest } | { success: false; error: { issues: readonly CallbackIssue[] } };
export interface CallbackIssue {
  path: readonly PropertyKey[];
  message: string;
  code: string;
  params?: { rule?: IssueRule } | undefined;
}

/**
 * The schema of the last options seen. After a failed submit every keystroke re-validates
 * (SPEC §4), always with the same clock, modes and settings: building the schema was about
 * half of a validation's time in a profile of the first send.
 */
let built: { options: SchemaOptions; schema: ReturnType<typeof createCallbackSchema> } | null = null;
function schemaFor(options: SchemaOptions) {
  if (built?.options.now === options.now && built.options.modes === options.modes && built.options.time === options.time) return built.schema;
  const schema = createCallbackSchema(options);
  built = { options, schema };
  return schema;
}

/** Raw form values in: a `CallbackRequest` out, or the issues an agent must fix. */
export function parseCallback(values: CallbackFormValues, options: SchemaOptions): ParsedCallback {
  const result = schemaFor(options).safeParse(values);
  return result.success ? { success: true, data: toRequest(result.data) } : { success: false, error: result.error };
}
