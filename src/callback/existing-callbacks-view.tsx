import { useEffect, useId, useMemo, useState } from 'react';
import { MAX_LIST_ENTRIES } from '../protocol/callback-list';
import { numberLabel } from './callback-modes';
import { ClashDialog } from './clash-dialog';
import type { Clocks } from './existing-callbacks';
import { allCallbacks, customerCallbacks, describeExistingWindow } from './existing-callbacks';
import { useClashCheck } from './use-clash-check';
import type { ExistingCallbacksState, Send } from './use-existing-callbacks';

/** How long a new live region stays empty before its first words: screen readers watch only regions already in the page. */
const LIVE_REGION_SETTLE_MS = 250;

interface ExistingCallbacksProps {
  existing: ExistingCallbacksState;
  /** Sends the callback request: what a confirmed or clash-free submit does. */
  send: Send;
  /** After Change time: where the agent picks another window. */
  onChangeTime: () => void;
  /** Each window shows on the customer's clock and the agent's. */
  clocks: Clocks;
}

/**
 * What the form shows of this customer's existing callbacks (SPEC §12): the list, a muted
 * note when they could not be checked, and the clash dialog. Loaded on demand (rare-parts.tsx).
 */
export function ExistingCallbacks({ existing, send, onChangeTime, clocks }: ExistingCallbacksProps) {
  const headingId = useId();
  const { question, answer } = useClashCheck(existing, send, onChangeTime);
  const { list, modes, scheduleZone } = existing;
  // Read once per answer, not on every render of the form around it.
  const listed = useMemo(() => customerCallbacks(list.data ?? [], modes ?? [], scheduleZone), [list.data, modes, scheduleZone]);
  const callbacks = allCallbacks(listed.callbacks, existing.scheduled, modes);
  // This section may appear because a submit is held: its live region is in the page, empty,
  // a moment before it speaks, or a screen reader would not announce the words.
  const [announcing, setAnnouncing] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncing(true), LIVE_REGION_SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="existing-callbacks">
      {callbacks.length > 0 ? (
        <>
          <h2 className="existing-title" id={headingId}>
            Already scheduled for this customer
          </h2>
          <ul className="existing-list" aria-labelledby={headingId}>
            {callbacks.map((callback, index) => (
              // A desktop may list the same callback twice; the list never reorders under the agent.
              <li key={index}>
                <span className="existing-window">{describeExistingWindow(callback.window, clocks)}</span>{' '}
                <span className="existing-number">{numberLabel(callback)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {listed.truncated ? (
        <p className="muted existing-note">Only the first {MAX_LIST_ENTRIES} callbacks the agent desktop listed were checked.</p>
      ) : null}
      {existing.unchecked ? <p className="muted existing-note">Existing callbacks could not be checked</p> : null}
      <p className="muted existing-note" aria-live="polite">
        {announcing && existing.held && (existing.list.isFetching || existing.awaitingList) ? 'Asking the agent desktop for this customer’s callbacks…' : ''}
      </p>
      {question ? <ClashDialog question={question} onAnswer={answer} clocks={clocks} /> : null}
    </div>
  );
}
