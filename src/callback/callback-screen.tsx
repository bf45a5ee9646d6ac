import { Suspense, useCallback, useState } from 'react';
import type { WidgetConfig } from '../call-context/widget-config';
import type { CallMove } from '../call-context/use-call-context';
import { useCallContext } from '../call-context/use-call-context';
import type { HostBridge } from '../protocol/bridge';
import type { Prefilled } from './form-values';
import { CallbackForm } from './callback-form';
import type { DraftStore } from './draft-store';
import type { OutcomeKind, OutcomeToast } from './outcome-toast';
import { CallNotices, NoActiveCall, Toaster } from './rare-parts';

export interface CallbackScreenProps {
  config: Pick<WidgetConfig, 'context' | 'userId' | 'time'>;
  bridge: HostBridge;
  drafts: DraftStore;
  now?: () => Date;
  /** For the call of `config.context`: what the prerendered form held when React took it over. */
  prefilled?: Prefilled | null;
}

const systemNow = () => new Date();

/** The Set Callback screen: the call, the new-call banner, the form and its toasts. */
export function CallbackScreen({ config, bridge, drafts, now = systemNow, prefilled = null }: CallbackScreenProps) {
  const calls = useCallContext(config.context, config.userId, bridge);
  const { context, reportEdits } = calls;
  // What the prerendered form held belongs to its first form only: once the form has left the
  // URL's call, a return to it starts from its draft, and never replays a Schedule pressed early.
  const [firstForm, setFirstForm] = useState(prefilled);
  if (firstForm && context?.callid !== config.context?.callid) setFirstForm(null);
  const [toasts, setToasts] = useState<OutcomeToast[]>([]);
  const showToast = useCallback((toast: OutcomeToast) => {
    setToasts((current) => [...current.filter((existing) => existing.kind !== toast.kind), toast]);
  }, []);
  const dismissToast = useCallback((kind: OutcomeKind) => {
    setToasts((current) => (current.some((toast) => toast.kind === kind) ? current.filter((toast) => toast.kind !== kind) : current));
  }, []);

  const moveCall = (to: CallMove) => {
    // A call's toasts belong to its form; the call kept aside carries its own warning.
    if (to !== 'forget') setToasts([]);
    calls.move(to);
  };

  return (
    <main className="widget">
      <header className="widget-header">
        <h1 className="widget-title">Set callback</h1>
        {context ? <p className="widget-subtitle">Call {context.callid}</p> : null}
      </header>
      {calls.incoming || calls.previous ? (
        <Suspense fallback={null}>
          <CallNotices calls={calls} bridge={bridge} drafts={drafts} onMove={moveCall} />
        </Suspense>
      ) : null}
      {context ? (
        <CallbackForm
          key={context.callid}
          context={context}
          bridge={bridge}
          drafts={drafts}
          now={now}
          time={config.time}
          showToast={showToast}
          dismissToast={dismissToast}
          reportEdits={reportEdits}
          prefilled={firstForm}
        />
      ) : (
        <Suspense fallback={null}>
          <NoActiveCall />
        </Suspense>
      )}
      {toasts.length > 0 ? (
        <Suspense fallback={null}>
          <Toaster toasts={toasts} onDismiss={dismissToast} />
        </Suspense>
      ) : null}
    </main>
  );
}
