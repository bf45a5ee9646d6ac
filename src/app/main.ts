// Every page's only script, and a small one: it starts loading the page's React code, then
// (on `/`) shows the pre-filled form while that loads. /dev and /demo are chunks `/` never downloads.
import '../ui/styles.css';
import type { PageStart } from './page-start';
import { routeOf, startFailed, startPage } from './page-start';

type Mount = (page: PageStart) => void;

const route = routeOf(window.location.pathname);
const app: Promise<Mount> =
  route === 'widget'
    ? import('./widget-app').then(({ mountWidget }) => (page: PageStart) => page.route === 'widget' && mountWidget(page))
    : route === 'dev'
      ? import('../dev-host/mount-dev-host').then(({ mountDevHost }) => (page: PageStart) => mountDevHost(page.root))
      : import('../demo/mount-demo').then(({ mountDemo }) => (page: PageStart) => mountDemo(page.root));
void startPage(window).then(
  (page) => app.then((mount) => mount(page), page.onAppLoadFailed),
  () => startFailed(window),
);
