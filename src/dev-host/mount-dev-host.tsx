import './dev-host.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readWidgetConfig } from '../call-context/widget-config';
import { applyTheme } from '../ui/theme';
import { DevHost } from './dev-host';
import { DEFAULT_CALL } from '../simulator/wire';
import { widgetOriginFor } from './embedding';

export function mountDevHost(root: HTMLElement): void {
  // /dev takes the widget's own parameter names, so a widget URL's query works here too.
  const config = readWidgetConfig(window.location.search);
  const params = new URLSearchParams(window.location.search);
  const context = config.context;
  const initialCall = context
    ? {
        callid: context.callid,
        accountNumber: context.accountNumber,
        userId: context.userId,
        leadScore: context.leadScore === null ? '0' : String(context.leadScore),
        targetAmount: context.targetAmount === null ? '0' : String(context.targetAmount),
      }
    : DEFAULT_CALL;
  applyTheme(config.theme);
  document.title = 'Agent desktop (simulated) · Set callback';
  createRoot(root).render(
    <StrictMode>
      <DevHost
        hostOrigin={window.location.origin}
        widgetOrigin={widgetOriginFor(window.location.href)}
        initialCall={initialCall}
        initialEmbed={{ subscriberId: config.subscriberId ?? '', timeoutMs: params.get('timeoutMs') ?? String(config.timeoutMs) }}
        initialTheme={config.theme}
      />
    </StrictMode>,
  );
}
