import type { HostCall } from '../simulator/wire';
import type { TimeEmbed } from './time-panel';

/** How /dev embeds the widget: from a second origin, with the call in its URL (SPEC §5). */

const BARE_ORIGIN = /^https?:\/\/[^/?#\s]+$/i;

/**
 * The widget must come from a second origin, as in production: a page on `localhost`
 * embeds `127.0.0.1` on the same port, and the other way round. `?widgetOrigin=` overrides.
 */
export function widgetOriginFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  const override = url.searchParams.get('widgetOrigin');
  if (override && BARE_ORIGIN.test(override)) return new URL(override).origin;
  const swapped = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : url.hostname;
  return `${url.protocol}//${swapped}${url.port ? `:${url.port}` : ''}`;
}

export interface EmbedOptions {
  hostOrigin: string;
  subscriberId: string;
  timeoutMs: string;
  theme: 'light' | 'dark' | 'system';
  /** SPEC §11: zones, calling hours, horizon; empty values are left out. */
  time?: TimeEmbed;
}

/** The iframe's URL: the call context and embedding options as a real host passes them (SPEC §5). */
export function buildWidgetUrl(widgetOrigin: string, call: HostCall, options: EmbedOptions): string {
  const url = new URL('/', widgetOrigin);
  const params: [string, string][] = [
    ['callid', call.callid],
    ['accountNumber', call.accountNumber],
    ['userId', call.userId],
    ['leadScore', call.leadScore],
    ['targetAmount', call.targetAmount],
    ['hostOrigin', options.hostOrigin],
    ['subscriberId', options.subscriberId],
    ['timeoutMs', options.timeoutMs],
    ['theme', options.theme === 'system' ? '' : options.theme],
    ...Object.entries(options.time ?? {}),
  ];
  for (const [name, value] of params) if (value.trim() !== '') url.searchParams.set(name, value.trim());
  return url.href;
}
