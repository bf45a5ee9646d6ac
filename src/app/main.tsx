import '../ui/styles.css';
import { mountWidget } from './widget-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// /dev and /demo are separate chunks: the widget at `/` never downloads them.
const path = window.location.pathname;
if (path === '/dev' || path.startsWith('/dev/')) {
  void import('../dev-host/mount-dev-host').then(({ mountDevHost }) => mountDevHost(root));
} else if (path === '/demo' || path.startsWith('/demo/')) {
  void import('../demo/mount-demo').then(({ mountDemo }) => mountDemo(root));
} else {
  mountWidget(root);
}
