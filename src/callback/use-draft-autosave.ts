import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CallbackRequest } from './callback-rules';
import type { CallbackFormValues } from './form-values';
import type { DraftStore } from './draft-store';

const SAVE_DELAY_MS = 400;

interface PendingSave {
  values: CallbackFormValues | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Saves the draft while the agent types, without re-rendering the form: a subscription,
 * not a watched value. A pending save is flushed when the frame is hidden or reloaded.
 * Returns `discard`, for when the draft must not come back (the callback was scheduled).
 */
export function useDraftAutosave(
  form: UseFormReturn<CallbackFormValues, unknown, CallbackRequest>,
  store: DraftStore,
  enabled: boolean,
  onEdits: (hasEdits: boolean) => void,
): () => void {
  const pending = useRef<PendingSave>({ values: null, timer: undefined });

  const discard = useCallback(() => {
    clearTimeout(pending.current.timer);
    pending.current = { values: null, timer: undefined };
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    const flush = () => {
      const { values } = pending.current;
      discard();
      if (values) store.saveDraft(values);
    };
    const unsubscribe = form.subscribe({
      formState: { values: true, isDirty: true },
      callback: ({ values, isDirty }) => {
        onEdits(Boolean(isDirty));
        if (!isDirty) return;
        // Throttled, not debounced: one timer per burst of typing instead of one per key,
        // and a long comment is saved while it is typed, not only after a pause.
        const timer = pending.current.timer ?? setTimeout(flush, SAVE_DELAY_MS);
        pending.current = { values: { ...values }, timer };
      },
    });
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      unsubscribe();
    };
  }, [form, store, enabled, onEdits, discard]);

  return discard;
}
