import type { WidgetConfig } from '../call-context/widget-config';
import { readWidgetConfig } from '../call-context/widget-config';
import { resolveHostOrigin } from '../protocol/origin';

/**
 * What `/` decides before any React runs (SPEC §5): the URL's config, and whether this
 * frame may talk to its parent. Computed once; the static shell and the app share it.
 */
export type Startup =
  | { kind: 'standalone'; config: WidgetConfig }
  | { kind: 'refused'; config: WidgetConfig; seen: string | null }
  | { kind: 'embedded'; config: WidgetConfig; hostOrigin: string };

export function readStartup(win: Window): Startup {
  const config = readWidgetConfig(win.location.search);
  if (win.parent === win) return { kind: 'standalone', config };
  const resolution = resolveHostOrigin({
    hostOriginParam: config.hostOriginParam,
    ancestorOrigin: win.location.ancestorOrigins?.[0] ?? null,
    referrer: win.document.referrer,
    allowed: __ALLOWED_HOST_ORIGINS__,
  });
  return resolution.ok
    ? { kind: 'embedded', config, hostOrigin: resolution.origin }
    : { kind: 'refused', config, seen: resolution.seen };
}
