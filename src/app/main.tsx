import '../ui/styles.css';
import demoCss from '../demo/demo.css?url';
import devHostCss from '../dev-host/dev-host.css?url';
import { createBrowserDraftStore } from '../callback/draft-store';
import { applyTheme } from '../ui/theme';
import { readStartup } from './startup';
import { LOAD_FAILED, removeWidgetShell, showWidgetShell } from './widget-shell';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/**
 * Their own stylesheets, linked by hand: a CSS import in a lazy chunk would put Vite's
 * preload helper into this entry, which `/` would download for nothing.
 */
function linkStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}

// /dev and /demo are separate chunks: the widget at `/` never downloads them.
const path = window.location.pathname;
if (path === '/dev' || path.startsWith('/dev/')) {
  removeWidgetShell(document);
  void Promise.all([import('../dev-host/mount-dev-host'), linkStylesheet(devHostCss)]).then(([{ mountDevHost }]) => mountDevHost(root));
} else if (path === '/demo' || path.startsWith('/demo/')) {
  removeWidgetShell(document);
  void Promise.all([import('../demo/mount-demo'), linkStylesheet(demoCss)]).then(([{ mountDemo }]) => mountDemo(root));
} else {
  // Everything React needs loads in parallel (modulepreload) while the static shell,
  // filled from the URL, already shows the form.
  const startup = readStartup(window);
  applyTheme(startup.config.theme);
  const drafts = startup.kind === 'embedded' ? createBrowserDraftStore(window) : null;
  const shell = drafts ? showWidgetShell(document, startup.config.context, drafts, new Date()) : null;
  if (!shell) removeWidgetShell(document);
  import('./widget-app').then(
    ({ mountWidget }) => mountWidget(root, startup, drafts, shell),
    () => {
      if (shell) shell.failed();
      else root.textContent = LOAD_FAILED;
    },
  );
}
