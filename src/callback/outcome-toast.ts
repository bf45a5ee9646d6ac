/**
 * What a send can end in besides "scheduled", as data (its kind is its id): the words live with the toasts in
 * outcome-toasts.tsx, which loads only when one is shown.
 */
export type OutcomeToast =
  /** The desktop said no (`success: false`, a WS_Error), in time or late. */
  | { kind: 'failed'; callid: string; message: string; late: boolean; details: string | null }
  /** No answer yet: this load timed out, or an earlier load (before a reload or a switch) sent it. */
  | { kind: 'unknown'; earlier: boolean; retry: () => void };

/** One toast of each kind at a time: a newer one replaces it. */
export type OutcomeKind = OutcomeToast['kind'];

/** Where focus goes when what held it (a toast, the wait) is gone: the form's own action. */
export const SCHEDULE_BUTTON_ID = 'schedule-callback';
