import type { Root } from 'react-dom/client';
import type { Startup } from './startup';
const DEV_PAGE = 'http://localhost:5173/dev';

export function NotEmbedded() {
  return (
    <main className="widget notice-page">
      <h1 className="widget-title">Set callback</h1>
      <p>
        This widget runs inside the agent desktop, in a frame. Opened on its own, it has no call and nobody to send the
        callback to.
      </p>
      <p>
        To try it, open the simulated agent desktop: <a href={DEV_PAGE}>{DEV_PAGE}</a> (after <code>npm run dev</code>).
      </p>
    </main>
  );
}

export function OriginRefused({ seen }: { seen: string | null }) {
  return (
    <main className="widget notice-page">
      <h1 className="widget-title">Set callback</h1>
      <div className="refusal" role="alert">
        <p className="refusal-title">This widget must be opened inside the agent desktop at an allowed origin.</p>
        <p>
          It was opened by <strong>{seen ?? 'an unknown origin'}</strong>, which is not allowed, so it sends nothing.
        </p>
      </div>
      <p className="muted">
        Integrators: add the agent desktop&apos;s exact origin to <code>VITE_ALLOWED_HOST_ORIGINS</code> at build time, and
        pass it as <code>hostOrigin</code>.
      </p>
    </main>
  );
}

/** The screen for a frame that must not talk to its parent (SPEC §5). */
export function renderRefusal(root: Root, startup: Startup): void {
  root.render(startup.kind === 'standalone' ? <NotEmbedded /> : <OriginRefused seen={startup.kind === 'refused' ? startup.seen : null} />);
}
