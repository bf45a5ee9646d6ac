import { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { hydrateRoot } from 'react-dom/client';
import { prerenderWidget } from '../app/prerender';
import { WidgetRoot } from '../app/widget-root';
import { prefetchCallbackModes } from '../callback/callback-modes';
import type { DraftStore } from '../callback/draft-store';
import type { Prefilled } from '../callback/form-values';
import type { CallContext } from '../protocol/call-event';
import type { CallbackMode } from '../protocol/incoming';
import type { Scenario } from '../simulator/scenario';
import type { TimeSettings } from '../time/time-settings';
import { connectWidget } from './open-widget';

/** `/`'s build-time markup in a hidden root, as index.html holds it. */
export function mountMarkup(): HTMLElement {
  document.body.innerHTML = `<div id="root" hidden>${prerenderWidget()}</div>`;
  return document.getElementById('root') as HTMLElement;
}

/** The control a label names, as an agent finds it. */
export const field = (label: string) => {
  const element = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label)?.control;
  if (!element) throw new Error(`no field labelled ${label}`);
  return element as HTMLInputElement;
};

/** What a key press or a picker leaves in a field before React: the value, and an input event. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  element.value = text;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface HydrateOptions {
  context: CallContext;
  time: TimeSettings;
  drafts: DraftStore;
  /** The desktop's behaviour; its modes are not asked here (see `modes`). */
  scenario?: Partial<Scenario>;
  /** As in the app, the modes the page's first script asked for and got (app/open-bridge.ts); none: React asks. */
  modes?: CallbackMode[];
}

/** React takes over the filled markup in `root`, as app/widget-app.tsx does, wired to a simulated desktop. */
export async function hydrateForm(root: HTMLElement, prefilled: Prefilled | null, { context, time, drafts, scenario, modes }: HydrateOptions) {
  const host = connectWidget({ scenario });
  const client = new QueryClient();
  if (modes) prefetchCallbackModes(client, host.bridge, context.callid, context.accountNumber, Promise.resolve(modes));
  let reactRoot: Root | undefined;
  await act(async () => {
    reactRoot = hydrateRoot(root, <WidgetRoot config={{ context, userId: context.userId, time }} bridge={host.bridge} drafts={drafts} client={client} prefilled={prefilled} />);
  });
  // Call before the test ends, so before the desktop connection closes: a request it ends must find no form.
  const unmount = () => act(() => reactRoot?.unmount());
  return { host, unmount };
}
