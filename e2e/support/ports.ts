/**
 * The two e2e origins. Both ports come from the environment so several checkouts can run
 * the suite on one machine at once: E2E_WIDGET_PORT (`vite preview`, the widget) and
 * E2E_HOST_PORT (e2e/support/host-server.mjs, the test host pages). playwright.config.ts
 * starts both servers on these ports; every spec builds its URLs from here.
 */
function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name}=${raw} is not a TCP port`);
  return value;
}

export const WIDGET_PORT = port('E2E_WIDGET_PORT', 4173);
export const HOST_PORT = port('E2E_HOST_PORT', 4174);
if (WIDGET_PORT === HOST_PORT) throw new Error(`E2E_WIDGET_PORT and E2E_HOST_PORT are both ${WIDGET_PORT}`);

/** The widget, served by `vite preview` (with the production CSP). */
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
/** Reached as `localhost`, the test host makes the widget's iframe cross-site. */
export const CROSS_SITE_HOST = `http://localhost:${HOST_PORT}`;
/** Reached as `127.0.0.1`, the host is same-site but cross-origin (storage allowed). */
export const SAME_SITE_HOST = `http://127.0.0.1:${HOST_PORT}`;
/** A port nothing listens on in this suite: an origin that differs from the host's by port only. */
export const OTHER_HOST_PORT = HOST_PORT + 1 === WIDGET_PORT ? HOST_PORT + 2 : HOST_PORT + 1;
