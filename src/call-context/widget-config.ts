import type { CallContext } from '../protocol/call-event';
import { DEFAULT_SOURCE } from '../protocol/outgoing';
import type { TimeSettings } from '../time/time-settings';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';

export type Theme = 'light' | 'dark' | 'system';

/** Everything `/` reads from its URL (SPEC §5). */
export interface WidgetConfig {
  /** The call in the URL, or `null` when no `callid` was given. */
  context: CallContext | null;
  /** Agent ID from the URL, kept even with no call so a later call event can use it. */
  userId: string;
  hostOriginParam: string | null;
  source: string;
  timeoutMs: number;
  theme: Theme;
  subscriberId: string | null;
  debug: boolean;
  /** The zones, calling hours and horizon of SPEC §11. */
  time: TimeSettings;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 120_000;

function readParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(search)) {
    const name = key.trim().toLowerCase();
    // First occurrence wins, so a later duplicate cannot override the call.
    if (!params.has(name)) params.set(name, value.trim());
  }
  return params;
}

function numberParam(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

export function clampTimeout(value: string | undefined): number {
  const parsed = numberParam(value);
  if (parsed === null) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(parsed)));
}

function themeParam(value: string | undefined): Theme {
  const theme = value?.toLowerCase();
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

export function readWidgetConfig(search: string, zone: string = agentZone()): WidgetConfig {
  const params = readParams(search);
  const callid = params.get('callid') ?? '';
  const userId = params.get('userid') ?? '';
  return {
    context: callid
      ? {
          callid,
          accountNumber: params.get('accountnumber') ?? '',
          userId,
          leadScore: numberParam(params.get('leadscore')),
          targetAmount: numberParam(params.get('targetamount')),
        }
      : null,
    userId,
    hostOriginParam: params.get('hostorigin') || null,
    source: params.get('source') || DEFAULT_SOURCE,
    timeoutMs: clampTimeout(params.get('timeoutms')),
    theme: themeParam(params.get('theme')),
    subscriberId: params.get('subscriberid') || null,
    debug: params.get('debug') === '1',
    time: readTimeSettings(
      {
        customerTimeZone: params.get('customertimezone'),
        scheduleTimeZone: params.get('scheduletimezone'),
        callingHours: params.get('callinghours'),
        maxDaysAhead: params.get('maxdaysahead'),
      },
      zone,
    ),
  };
}
