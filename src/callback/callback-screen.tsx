import { Suspense, useCallback, useRef, useState } from 'react';
import type { WidgetConfig } from '../call-context/widget-config';
import { useCallContext } from '../call-context/use-call-context';
import type { HostBridge } from '../protocol/bridge';
import type { Toast } from '../ui/toaster';
import type { Prefilled } from './callback-form';
import { CallbackForm } from './callback-form';
import type { DraftStore } from './draft-store';
import { KeptCallNotice, NewCallBanner, NoActiveCall, Toaster } from './rare-parts';

export interface CallbackScreenProps {
  config: Pick<WidgetConfig, 'context' | 'userId'>;
  bridge: HostBridge;
  drafts: DraftStore;
  now?: () => Date;
  /** For the call of `config.context`: what the prerendered form held when React took it over. */
  prefilled?: Prefilled | null;
}

const systemNow = () => new Date();

/** The Set Callback screen: the call, the new-call banner, the form and its toasts. */
export function CallbackScreen({ config, bridge, drafts, now = systemNow, prefilled = null }: CallbackScreenProps) {
  const { context, incoming, previous, switchToIncoming, backToPrevious, forgetPrevious, reportEdits } = useCallContext(
    config.context,
    config.userId,
    bridge,
  );
  const [toasts, setToasts] = useState<Toast[]>([]);
  const showToast = useCallback((toast: Toast) => {
    setToasts((current) => [...current.filter((existing) => existing.id !== toast.id), toast]);
  }, []);
  const dismissToast = useCallback((id: string) => {
    setToasts((current) => (current.some((toast) => toast.id === id) ? current.filter((toast) => toast.id !== id) : current));
  }, []);

  // A call's toasts belong to its form; the call kept aside carries its own warning.
  const changeCall = (change: () => void) => () => {
    setToasts([]);
    change();
  };
  const main = useRef<HTMLElement>(null);
  const onFocusLost = useCallback(() => {
    main.current?.querySelector<HTMLButtonElement>('#schedule-callback:enabled, .scheduled button')?.focus();
  }, []);

  return (
    <main className="widget" ref={main}>
      <header className="widget-header">
        <h1 className="widget-title">Set callback</h1>
        {context ? <p className="widget-subtitle">Call {context.callid}</p> : null}
      </header>
      {incoming && context ? (
        <Suspense fallback={null}>
          <NewCallBanner callid={incoming.callid} current={context.callid} drafts={drafts} onSwitch={changeCall(switchToIncoming)} />
        </Suspense>
      ) : null}
      {previous ? (
        <Suspense fallback={null}>
          <KeptCallNotice
            key={previous.callid}
            callid={previous.callid}
            bridge={bridge}
            drafts={drafts}
            onBack={changeCall(backToPrevious)}
            onForget={forgetPrevious}
          />
        </Suspense>
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
          prefilled={context.callid === config.context?.callid ? prefilled : null}
        />
      ) : (
        <Suspense fallback={null}>
          <NoActiveCall />
        </Suspense>
      )}
      {toasts.length > 0 ? (
        <Suspense fallback={null}>
          <Toaster toasts={toasts} onDismiss={dismissToast} onFocusLost={onFocusLost} />
        </Suspense>
      ) : null}
    </main>
  );
}
