// Kept for the benchmark's imports; the launch settings of every browser are in browsers.mjs.
export { chromiumArgs, chromiumPath } from './browsers.mjs';
