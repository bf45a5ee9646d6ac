import type { DraftStore } from '../callback/draft-store';
import { createBrowserDraftStore } from '../callback/draft-store';
import { ensureTemporal } from '../time/zoned-time';
import { applyTheme } from '../ui/theme';
import type { OpenedBridge } from './open-bridge';
import { openBridge } from './open-bridge';
import type { PrefilledForm } from './prefill';
import { LOAD_FAILED, prefillForm } from './prefill';
import type { Startup } from './startup';
import { readStartup } from './startup';

/**
 * What a page decides before React runs: which route, and for `/` the URL's config, the
 * origin policy, the draft store, the pre-filled form, which shows at once, and the
 * connection to the desktop, which asks for the modes at once.
 */
interface Page {
  root: HTMLElement;
  /** The app's code (React, or a chunk it needs) could not be loaded: say so, keep what was typed. */
  onAppLoadFailed: () => void;
}
export type PageStart =
  | (Page & { route: 'dev' | 'demo' })
  | (Page & {
      route: 'widget';
      startup: Startup;
      drafts: DraftStore | null;
      prefilled: PrefilledForm | null;
      /** Open only when embedded by an allowed host. */
      connection: OpenedBridge | null;
    });

export function routeOf(path: string): 'dev' | 'demo' | 'widget' {
  if (path === '/dev' || path.startsWith('/dev/')) return 'dev';
  if (path === '/demo' || path.startsWith('/demo/')) return 'demo';
  return 'widget';
}

/** The prerendered widget is for `/` only, and only when it fits; otherwise React renders afresh. */
function clearPrerendered(root: HTMLElement): void {
  root.replaceChildren();
  root.hidden = false;
}

async function begin(win: Window): Promise<PageStart> {
  const root = win.document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const route = routeOf(win.location.pathname);
  if (route !== 'widget') {
    clearPrerendered(root);
    const onAppLoadFailed = () => {
      root.textContent = LOAD_FAILED;
    };
    return { route, root, onAppLoadFailed };
  }
  await ensureTemporal();
  const startup = readStartup(win);
  applyTheme(startup.config.theme);
  const drafts = startup.kind === 'embedded' ? createBrowserDraftStore(win) : null;
  const prefilled = drafts ? prefillForm(root, startup.config.context, drafts, new Date(), startup.config.time) : null;
  if (!prefilled) clearPrerendered(root);
  // After the form is on screen: the agent sees it first, and the request still leaves before React's code runs.
  const connection = startup.kind === 'embedded' ? await openBridge(win, startup) : null;
  const onAppLoadFailed = () => {
    if (prefilled) prefilled.failed();
    else root.textContent = LOAD_FAILED;
  };
  return { route, root, startup, drafts, prefilled, connection, onAppLoadFailed };
}

export const startPage = (win: Window): Promise<PageStart> => begin(win);

/** Start-up itself failed (code it needs, such as the Temporal polyfill, did not load): say so, never a blank frame. */
export function startFailed(win: Window): void {
  const root = win.document.getElementById('root');
  if (!root) return;
  clearPrerendered(root);
  root.textContent = LOAD_FAILED;
}
