import type { ZonedWindow } from '../time/zoned-time';
import { parseDateInput, parseTimeInput } from '../time/zoned-time';
import type { Canonical } from './canonicalize';
import { asText } from './call-event';
import { LIST_PAGE_SIZE } from './outgoing';
import { z } from './zod';

/**
 * Reading GetPersonalCallbackList's answer (SPEC §12). The bridge hands over the answer's
 * entries unread (canonical: keys lower-cased, JSON strings parsed); each is checked here on
 * its own, so one malformed entry is dropped and the others are kept. Loaded with the
 * existing-callbacks feature, only once a desktop has answered the list.
 */

/**
 * The cap: at most the `NoOfRecords` the widget asked for are read, whatever the desktop sends. A desktop that
 * ignores `NoOfRecords` may answer with thousands, and checking each on the main thread
 * would freeze the form the agent is typing in; entries past the cap are not checked, and
 * the reading says so (`truncated`). Canonicalising had already cut any list at 500 items.
 */
export const MAX_LIST_ENTRIES = LIST_PAGE_SIZE;

/** An existing callback as the desktop lists it: its window, on the schedule zone's clock, and its number. */
export interface ListedCallback {
  window: ZonedWindow;
  /** `ModeDesc`, e.g. "Mobile"; empty when the desktop sent none. */
  description: string;
  /** `CValue`, exactly as the desktop wrote it ("+65 9146-2346"). */
  value: string;
}

export interface CallbackListReading {
  callbacks: ListedCallback[];
  /** Entries that failed the check. */
  dropped: number;
  /** The answer held more entries than `MAX_LIST_ENTRIES`: the rest were not read. */
  truncated: boolean;
}

/** Ids and numbers travel as strings or numbers. */
const textLike = z.custom<string | number>((value) => typeof value === 'string' || typeof value === 'number');

/** The fields the widget needs; the others (RowNumber, CampaignID, ContactID, ModeNumber) may be anything. */
const entrySchema = z.object({
  cvalue: textLike,
  modedesc: z.optional(z.unknown()),
  callstartdate: z.string(),
  callstarttime: z.string(),
  callenddate: z.string(),
  callendtime: z.string(),
});

const VENDOR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The inverse of zoned-time's `vendorDate`: `03/07/2020` (a desktop may drop the zeros) as a
 * real calendar date, else `null`. Here, not in zoned-time.ts: only this lazily loaded reader
 * needs it, and `/` starts without it.
 */
function parseVendorDate(value: string): Temporal.PlainDate | null {
  const [, day = '', month = '', year = ''] = VENDOR_DATE.exec(value.trim()) ?? [];
  return parseDateInput(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** `DD/MM/YYYY` and `HH:mm` or `HH:mm:ss` (seconds dropped) in `zone`, else `null`. */
function zonedOf(dateText: string, timeText: string, zone: string): Temporal.ZonedDateTime | null {
  const date = parseVendorDate(dateText);
  const time = parseTimeInput(timeText.trim());
  return date && time ? date.toZonedDateTime({ timeZone: zone, plainTime: time }) : null;
}

function readEntry(entry: Canonical | undefined, zone: string): ListedCallback | null {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) return null;
  const { cvalue, modedesc, callstartdate, callstarttime, callenddate, callendtime } = parsed.data;
  const value = asText(cvalue);
  const start = zonedOf(callstartdate, callstarttime, zone);
  const end = zonedOf(callenddate, callendtime, zone);
  if (!value || !start || !end || Temporal.ZonedDateTime.compare(end, start) < 0) return null;
  return { window: { start, end }, description: asText(modedesc) ?? '', value };
}

/** The answer's entries, read in `zone` (the schedule zone, in which the desktop writes them). */
export function readCallbackList(entries: readonly Canonical[], zone: string): CallbackListReading {
  const callbacks: ListedCallback[] = [];
  const read = entries.slice(0, MAX_LIST_ENTRIES);
  for (const entry of read) {
    const callback = readEntry(entry, zone);
    if (callback) callbacks.push(callback);
  }
  return { callbacks, dropped: read.length - callbacks.length, truncated: entries.length > MAX_LIST_ENTRIES };
}
