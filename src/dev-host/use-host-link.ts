import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { HostSettings, LogView } from './host-scenarios';
import { clockTime, planAnswers, readRequest, viewOf } from './host-scenarios';

export interface LogEntry {
  id: number;
  time: string;
  direction: 'from-widget' | 'to-widget';
  /** Where it came from (widget → host) or the exact target origin it was posted to. */
  origin: string;
  subtopic: string;
  note: string | null;
  view: LogView;
}

/** Enough history to follow a session; old entries go first, so the page never slows down. */
const MAX_ENTRIES = 300;

interface HostLinkOptions {
  frame: RefObject<HTMLIFrameElement | null>;
  widgetOrigin: string;
  hostOrigin: string;
  /** Read when a request arrives, so a scenario change applies to the next request. */
  settings: RefObject<HostSettings>;
}

/**
 * The host's side of the frame boundary: listens to the widget's window only, answers per
 * scenario with `postMessage(answer, widgetOrigin)`, and logs both directions.
 */
export function useHostLink({ frame, widgetOrigin, hostOrigin, settings }: HostLinkOptions) {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const log = useCallback((entry: Omit<LogEntry, 'id' | 'time' | 'view'> & { data: unknown }) => {
    const { data, ...rest } = entry;
    const id = nextId.current;
    nextId.current += 1;
    setEntries((current) => [{ ...rest, id, time: clockTime(new Date()), view: viewOf(data) }, ...current].slice(0, MAX_ENTRIES));
  }, []);

  const post = useCallback(
    (data: unknown, subtopic: string, note: string | null = null) => {
      const target = frame.current?.contentWindow;
      if (!target) return;
      // The exact widget origin, never "*": if the frame navigated elsewhere, nothing leaks.
      target.postMessage(data, widgetOrigin);
      log({ direction: 'to-widget', origin: widgetOrigin, subtopic, note, data });
    },
    [frame, widgetOrigin, log],
  );

  useEffect(() => {
    const pending = timers.current;
    const onMessage = (event: MessageEvent) => {
      // Only the widget's own frame, from the widget's origin: what a real host must check too.
      if (event.source !== frame.current?.contentWindow || event.origin !== widgetOrigin) return;
      const request = readRequest(event.data);
      log({
        direction: 'from-widget',
        origin: event.origin,
        subtopic: request?.subtopic ?? 'unrecognised message',
        note: null,
        data: event.data,
      });
      if (!request) return;
      for (const answer of planAnswers(request, settings.current, { hostOrigin })) {
        const timer = setTimeout(() => {
          pending.delete(timer);
          post(answer.data, answer.subtopic, answer.note);
        }, answer.delayMs);
        pending.add(timer);
      }
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, [frame, widgetOrigin, hostOrigin, settings, log, post]);

  const clear = useCallback(() => setEntries([]), []);
  return { entries, post, clear };
}
