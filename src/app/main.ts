// `/`'s only script, and a small one: it starts loading React and the app, then shows
// the pre-filled form while they load. /dev and /demo start here too.
import '../ui/styles.css';
import { startPage } from './page-start';

const app = import('./react-entry');
void startPage(window).then((page) => app.then(({ mount }) => mount(page), page.onAppLoadFailed));
