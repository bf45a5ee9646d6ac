import type { PageStart } from './page-start';
import { mountWidget } from './widget-app';

/** React takes over the page that main.ts started. /dev and /demo are chunks `/` never downloads. */
export async function mount(page: PageStart): Promise<void> {
  if (page.route === 'widget') {
    mountWidget(page);
  } else if (page.route === 'dev') {
    const { mountDevHost } = await import('../dev-host/mount-dev-host');
    mountDevHost(page.root);
  } else {
    const { mountDemo } = await import('../demo/mount-demo');
    mountDemo(page.root);
  }
}
