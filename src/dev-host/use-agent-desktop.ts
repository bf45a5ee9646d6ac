import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import type { AgentDesktop } from '../simulator/agent-desktop';
import { createAgentDesktop } from '../simulator/agent-desktop';
import type { Scenario } from '../simulator/scenario';

interface AgentDesktopLink {
  frame: RefObject<HTMLIFrameElement | null>;
  widgetOrigin: string;
  hostOrigin: string;
  /** Applies to the next request. */
  scenario: Scenario;
}

/**
 * The simulated desktop on this page, wired to the real iframe: it hears the widget's
 * window only, answers with `postMessage(answer, widgetOrigin)` and records both ways.
 */
export function useAgentDesktop({ frame, widgetOrigin, hostOrigin, scenario }: AgentDesktopLink) {
  const [desktop] = useState<AgentDesktop>(() =>
    createAgentDesktop({
      hostOrigin,
      widgetOrigin,
      scenario,
      post(data) {
        const target = frame.current?.contentWindow;
        if (!target) return false;
        // The exact widget origin, never "*": if the frame navigated elsewhere, nothing leaks.
        target.postMessage(data, widgetOrigin);
        return true;
      },
    }),
  );

  useEffect(() => {
    desktop.setScenario(scenario);
  }, [desktop, scenario]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only the widget's own frame, from the widget's origin: what a real host must check too.
      if (event.source !== frame.current?.contentWindow || event.origin !== widgetOrigin) return;
      desktop.receive(event.data, event.origin);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      desktop.cancelPending();
    };
  }, [desktop, frame, widgetOrigin]);

  const traffic = useSyncExternalStore(desktop.subscribe, desktop.traffic);
  return { desktop, traffic };
}
