import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * `false` while React renders on the server or hydrates prerendered markup, `true` in
 * every later render. A component whose data may already be there on the client (modes
 * answered before React started) renders what the markup holds first, so hydration
 * matches, and updates right after.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
