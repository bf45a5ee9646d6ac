import type { Canonical } from '../protocol/canonicalize';
import type { ListedCallback } from '../protocol/callback-list';
import { readCallbackList } from '../protocol/callback-list';
import type { CallbackMode } from '../protocol/incoming';
import type { ZonedWindow } from '../time/zoned-time';
import { bothClocksText, windowIn } from '../time/window-text';
import type { CallbackRequest } from './callback-rules';

/**
 * This customer's existing callbacks (SPEC §12): which of the desktop's listed callbacks
 * are this customer's, and whether a new window clashes with one. Loaded on demand (see
 * use-existing-callbacks.ts): only once a desktop has answered the list, or something was
 * scheduled.
 */

export interface CustomerCallbacks {
  /** The listed callbacks whose number is one of this call's modes. */
  callbacks: ListedCallback[];
  /** The desktop sent more than the widget reads (protocol/callback-list.ts): some went unchecked. */
  truncated: boolean;
}

/** `+65 9146-2346` → `6591462346`: numbers are compared by their digits only. */
export const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Reads the desktop's answer and keeps the entries whose `CValue` is one of this call's mode numbers. */
export function customerCallbacks(entries: readonly Canonical[], modes: readonly CallbackMode[], scheduleZone: string): CustomerCallbacks {
  const numbers = new Set(modes.map((mode) => digitsOf(mode.value)).filter(Boolean));
  const { callbacks, truncated } = readCallbackList(entries, scheduleZone);
  return { callbacks: callbacks.filter((callback) => numbers.has(digitsOf(callback.value))), truncated };
}

/** A callback this widget scheduled and the desktop confirmed, as the list shows it. */
export function scheduledCallback(request: CallbackRequest, modes: readonly CallbackMode[] | null): ListedCallback {
  const mode = modes?.find((candidate) => candidate.id === request.modeId);
  return { window: request.window, description: mode ? mode.description : `Mode ${request.modeId}`, value: mode?.value ?? '' };
}

const sameInstant = (a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime) => Temporal.ZonedDateTime.compare(a, b) === 0;

const sameCallback = (a: ListedCallback, b: ListedCallback) =>
  sameInstant(a.window.start, b.window.start) && sameInstant(a.window.end, b.window.end) && digitsOf(a.value) === digitsOf(b.value);

/** The desktop's list and what this form scheduled since, each callback once, earliest first. */
export function allCallbacks(
  listed: readonly ListedCallback[],
  scheduled: readonly CallbackRequest[],
  modes: readonly CallbackMode[] | null,
): ListedCallback[] {
  const fresh = scheduled
    .map((request) => scheduledCallback(request, modes))
    .filter((callback) => !listed.some((entry) => sameCallback(entry, callback)));
  return [...listed, ...fresh].sort((a, b) => Temporal.ZonedDateTime.compare(a.window.start, b.window.start));
}

/**
 * Two windows overlap when each starts before the other ends, so one ending at 14:45 and
 * the next starting at 14:45 only touch. Two that start at the same moment always overlap,
 * even when both are a single moment long (the vendor allows end = start).
 */
export function overlaps(a: ZonedWindow, b: ZonedWindow): boolean {
  if (sameInstant(a.start, b.start)) return true;
  return Temporal.ZonedDateTime.compare(a.start, b.end) < 0 && Temporal.ZonedDateTime.compare(b.start, a.end) < 0;
}

/** The calendar days a window touches in `zone`, first and last. */
const daysOf = ({ start, end }: ZonedWindow, zone: string) => [start.withTimeZone(zone).toPlainDate(), end.withTimeZone(zone).toPlainDate()] as const;

/** Whether two windows share a calendar day on `zone`'s clock. */
export function sharesDay(a: ZonedWindow, b: ZonedWindow, zone: string): boolean {
  const [aFirst, aLast] = daysOf(a, zone);
  const [bFirst, bLast] = daysOf(b, zone);
  return Temporal.PlainDate.compare(aFirst, bLast) <= 0 && Temporal.PlainDate.compare(bFirst, aLast) <= 0;
}

export interface Clash {
  callback: ListedCallback;
  /** The windows overlap; otherwise they only fall on the same day. */
  overlaps: boolean;
}

/**
 * The callback a new window clashes with: one it overlaps, else one on the same day. Days
 * are counted on the clock the new window was entered in (the customer's): "called twice
 * today" is the customer's today.
 */
export function findClash(window: ZonedWindow, callbacks: readonly ListedCallback[]): Clash | null {
  const overlapping = callbacks.find((callback) => overlaps(window, callback.window));
  if (overlapping) return { callback: overlapping, overlaps: true };
  const sameDay = callbacks.find((callback) => sharesDay(window, callback.window, window.start.timeZoneId));
  return sameDay ? { callback: sameDay, overlaps: false } : null;
}

/**
 * How an existing callback's window reads in the list and the dialog. The one place to
 * change when the window is shown in both clocks (SPEC §11).
 */
export const describeExistingWindow = (window: ZonedWindow, clocks: Clocks): string => bothClocksText(windowIn(window, clocks.customer), clocks.agent);

/** The two clocks a window is shown on (SPEC §11): the customer's and the agent's. */
export interface Clocks {
  customer: string;
  agent: string;
}
