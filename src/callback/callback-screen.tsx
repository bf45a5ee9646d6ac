import { lazy, Suspense, useCallback, useState } from 'react';
import type { WidgetConfig } from '../call-context/widget-config';
import { useCallContext } from '../call-context/use-call-context';
import type { HostBridge } from '../protocol/bridge';
import type { Toast } from '../ui/toaster';
import { CallbackForm } from './callback-form';
import type { DraftStore } from './draft-store';

export interface CallbackScreenProps {
  config: Pick<WidgetConfig, 'context' | 'userId'>;
  bridge: HostBridge;
  drafts: DraftStore;
  now?: () => Date;
}

const systemNow = () => new Date();

/** Toasts exist only after a submit; the form prefetches this chunk on first touch. */
export const loadToaster = () => import('../ui/toaster');
const Toaster = lazy(() => loadToaster().then((module) => ({ default: module.Toaster })));

/** The Set Callback screen: the call, the new-call banner, the form and its toasts. */
export function CallbackScreen({ config, bridge, drafts, now = systemNow }: CallbackScreenProps) {
  const { context, incoming, switchToIncoming, reportEdits } = useCallContext(config.context, config.userId, bridge);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const showToast = useCallback((toast: Toast) => {
    setToasts((current) => [...current.filter((existing) => existing.id !== toast.id), toast]);
  }, []);
  const dismissToast = useCallback((id: string) => {
    setToasts((current) => (current.some((toast) => toast.id === id) ? current.filter((toast) => toast.id !== id) : current));
  }, []);

  const switchCall = () => {
    setToasts([]);
    switchToIncoming();
  };

  return (
    <main className="widget">
      <header className="widget-header">
        <h1 className="widget-title">Set callback</h1>
        {context ? <p className="widget-subtitle">Call {context.callid}</p> : null}
      </header>
      {incoming ? (
        <div className="banner" role="status">
          <span>A new call is active ({incoming.callid})</span>
          <button type="button" className="button button-secondary button-small" onClick={switchCall}>
            Switch
          </button>
        </div>
      ) : null}
      {context ? (
        <CallbackForm
          key={context.callid}
          context={context}
          bridge={bridge}
          drafts={drafts}
          now={now}
          showToast={showToast}
          dismissToast={dismissToast}
          reportEdits={reportEdits}
        />
      ) : (
        <section className="empty-state" aria-labelledby="no-call-title">
          <h2 id="no-call-title" className="empty-title">
            No active call
          </h2>
          <p>Callbacks are scheduled for a call. This form fills in as soon as the agent desktop reports one.</p>
          <button type="button" className="button button-primary" disabled>
            Schedule callback
          </button>
        </section>
      )}
      {toasts.length > 0 ? (
        <Suspense fallback={null}>
          <Toaster toasts={toasts} onDismiss={dismissToast} />
        </Suspense>
      ) : null}
    </main>
  );
}
