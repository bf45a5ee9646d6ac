import type { Theme } from '../call-context/widget-config';

let stopFollowingSystem: (() => void) | null = null;

/**
 * Sets `data-theme` on the root, the one switch the stylesheet reads. `system` follows
 * `prefers-color-scheme`, live, so the dark palette is written once in the CSS.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  stopFollowingSystem?.();
  stopFollowingSystem = null;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return;
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => {
    root.dataset.theme = query.matches ? 'dark' : 'light';
  };
  follow();
  query.addEventListener('change', follow);
  stopFollowingSystem = () => query.removeEventListener('change', follow);
}
