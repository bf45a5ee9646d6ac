import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { WidgetConfig } from '../call-context/widget-config';
import type { Prefilled } from '../callback/form-values';
import { CallbackScreen } from '../callback/callback-screen';
import type { DraftStore } from '../callback/draft-store';
import type { HostBridge } from '../protocol/bridge';

export interface WidgetRootProps {
  config: Pick<WidgetConfig, 'context' | 'userId' | 'time'>;
  bridge: HostBridge;
  drafts: DraftStore;
  client: QueryClient;
  prefilled?: Prefilled | null;
}

/** The one tree `/` renders: prerendered at build time and hydrated (or rendered) in the frame. */
export function WidgetRoot({ config, bridge, drafts, client, prefilled = null }: WidgetRootProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <CallbackScreen config={config} bridge={bridge} drafts={drafts} prefilled={prefilled} />
      </QueryClientProvider>
    </StrictMode>
  );
}
