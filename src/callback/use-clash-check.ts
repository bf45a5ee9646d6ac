import { useEffect, useEffectEvent, useState } from 'react';
import type { Canonical } from '../protocol/canonicalize';
import type { Clash } from './existing-callbacks';
import { allCallbacks, customerCallbacks, findClash } from './existing-callbacks';
import type { CallbackRequest } from './callback-rules';
import type { ExistingCallbacksState, HeldSubmit, Send } from './use-existing-callbacks';

/** A clash the agent must answer before anything is sent. */
export interface ClashQuestion {
  clash: Clash;
  /** Asked on Retry after silence: the first request may have arrived. */
  retrying: boolean;
  request: CallbackRequest;
}

/**
 * Checks a held submit (use-existing-callbacks.ts) against the customer's callbacks, the
 * desktop's and those scheduled here since: no clash sends it, a clash becomes the question.
 * A submit held while the list is awaited is checked once the desktop has answered it.
 * A Retry after silence asks the desktop again first, when it answered the list before; a
 * desktop that stays silent now still never blocks: the request is checked against what
 * was known.
 */
export function useClashCheck(existing: ExistingCallbacksState, send: Send, onChangeTime: () => void) {
  const [question, setQuestion] = useState<ClashQuestion | null>(null);

  /** What the desktop lists now: asked again for a Retry, when it answered before. */
  const entriesFor = useEffectEvent(({ retrying }: HeldSubmit) =>
    retrying && existing.list.isSuccess ? existing.list.refetch().then((result) => result.data) : Promise.resolve(existing.list.data),
  );
  const decide = useEffectEvent(({ request, retrying }: HeldSubmit, entries: readonly Canonical[] | undefined) => {
    const listed = customerCallbacks(entries ?? [], existing.modes ?? [], existing.scheduleZone).callbacks;
    const clash = findClash(request.window, allCallbacks(listed, existing.scheduled, existing.modes));
    if (clash) setQuestion({ clash, retrying, request });
    else existing.dispatch(request, send);
  });

  const { held, checking } = existing;
  useEffect(() => {
    // Only a submit with something to check: one held for the list's answer alone, which
    // lists nothing (or never comes), is sent by use-existing-callbacks.ts.
    if (!held || !checking) return;
    let live = true;
    void entriesFor(held).then((entries) => {
      if (live) decide(held, entries);
    });
    return () => {
      live = false;
    };
  }, [held, checking]);

  /** Schedule anyway (`true`) sends exactly the held request; Change time sends nothing. */
  const answer = (confirmed: boolean) => {
    setQuestion(null);
    if (confirmed && question) {
      existing.dispatch(question.request, send);
      return;
    }
    existing.release();
    onChangeTime();
  };
  return { question, answer };
}
