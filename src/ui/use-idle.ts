import { useEffect, useState } from 'react';

/**
 * `false` until the page has been idle for a moment after mounting (at most 1.5 s), then
 * `true`. For what the agent does not need before their first keys, and that costs a moment
 * to make: the first use of `Intl`'s date names loads locale data, and a list of every time
 * zone is hundreds of elements.
 */
export function useIdle(): boolean {
  // Where the platform cannot say when it is idle (an older Safari, jsdom), now is as good as any time.
  const [idle, setIdle] = useState(() => typeof requestIdleCallback !== 'function');
  useEffect(() => {
    if (idle) return;
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }, [idle]);
  return idle;
}
