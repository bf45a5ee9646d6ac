import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CallbackFormValues, ValidCallback } from './callback-schema';
import type { DraftStore } from './draft-store';

const SAVE_DELAY_MS = 250;

/**
 * Saves the draft while the agent types, without re-rendering the form: a subscription,
 * not a watched value. A pending save is flushed when the frame is hidden or reloaded.
 */
export function useDraftAutosave(
  form: UseFormReturn<CallbackFormValues, unknown, ValidCallback>,
  store: DraftStore,
  enabled: boolean,
  onEdits: (hasEdits: boolean) => void,
): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: CallbackFormValues | null = null;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (latest) store.saveDraft(latest);
      latest = null;
    };
    const unsubscribe = form.subscribe({
      formState: { values: true, isDirty: true },
      callback: ({ values, isDirty }) => {
        onEdits(Boolean(isDirty));
        if (!isDirty) return;
        latest = { ...values };
        clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      },
    });
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      unsubscribe();
    };
  }, [form, store, enabled, onEdits]);
}
