import { useId, useLayoutEffect, useRef } from 'react';
import { numberLabel } from './callback-modes';
import type { Clocks } from './existing-callbacks';
import { describeExistingWindow } from './existing-callbacks';
import type { ClashQuestion } from './use-clash-check';

interface ClashDialogProps {
  question: ClashQuestion;
  /** `true`: Schedule anyway; `false`: Change time (Escape too). Called once, as the dialog closes. */
  onAnswer: (confirmed: boolean) => void;
  clocks: Clocks;
}

const CONFIRM = 'schedule-anyway';

/**
 * Asks before a callback that clashes with one of this customer's is sent (SPEC §12): the
 * platform's modal `<dialog>`, so the form behind it is inert, Escape cancels, and focus
 * goes back where it was when it closes. Focus starts on Change time, the answer that sends
 * nothing.
 */
export function ClashDialog({ question, onAnswer, clocks }: ClashDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const changeTime = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const { clash, retrying } = question;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    changeTime.current?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="clash-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      // Every way out ends here: either button, Escape (a cancel that closes it).
      onClose={(event) => onAnswer(event.currentTarget.returnValue === CONFIRM)}
    >
      <h2 className="clash-title" id={titleId}>
        {retrying ? 'This callback may already be scheduled' : 'This customer already has a callback'}
      </h2>
      <p id={textId}>
        {retrying ? 'The agent desktop did not answer the first request, and now lists a callback for this customer: ' : 'Already scheduled: '}
        <strong>{describeExistingWindow(clash.callback.window, clocks)}</strong>, to {numberLabel(clash.callback)}.{' '}
        {clash.overlaps ? 'The new window overlaps it.' : 'The new window is on the same day.'}
      </p>
      <div className="clash-actions">
        <button ref={changeTime} type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
          Change time
        </button>
        <button type="button" className="button button-primary" onClick={() => dialog.current?.close(CONFIRM)}>
          Schedule anyway
        </button>
      </div>
    </dialog>
  );
}
