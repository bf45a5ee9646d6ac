import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { HostBridge } from '../protocol/bridge';
import type { CallContext } from '../protocol/call-event';

export interface CallContextState {
  /** The call the form works on. */
  context: CallContext | null;
  /** A newer call the host announced while the form had edits (SPEC §7). */
  incoming: CallContext | null;
  /** The call the agent switched away from; its draft is kept until it is scheduled or discarded. */
  previous: CallContext | null;
  /**
   * `switch` to the incoming call; `back` to `previous`, with its draft (the call left becomes
   * the incoming one again); `forget` `previous` (its draft was discarded).
   */
  move: (to: CallMove) => void;
  /** The form reports here whether it holds edits; read when a call event arrives. */
  reportEdits: (hasEdits: boolean) => void;
}

interface State {
  context: CallContext | null;
  incoming: CallContext | null;
  previous: CallContext | null;
}

export type CallMove = 'switch' | 'back' | 'forget';
type Action = { type: 'call'; next: CallContext; hasEdits: boolean } | CallMove;

function sameContext(a: CallContext, b: CallContext): boolean {
  return (
    a.callid === b.callid &&
    a.accountNumber === b.accountNumber &&
    a.userId === b.userId &&
    a.leadScore === b.leadScore &&
    a.targetAmount === b.targetAmount &&
    (a.timeZone ?? null) === (b.timeZone ?? null)
  );
}

export function callContextReducer(state: State, action: Action): State {
  switch (action) {
    case 'switch':
      return state.incoming ? { context: state.incoming, incoming: null, previous: state.context } : state;
    case 'back':
      return state.previous ? { context: state.previous, incoming: state.context, previous: null } : state;
    case 'forget':
      return state.previous ? { ...state, previous: null } : state;
  }
  const { next, hasEdits } = action;
  const current = state.context;
  if (current && hasEdits) {
    // A form with edits keeps its call: an agent's typing never moves to another customer.
    // News of the current call (it ended, say, or names the customer's zone) is taken in,
    // without cancelling the offer to switch; the form keeps what the agent typed.
    if (current.callid === next.callid) return sameContext(current, next) ? state : { ...state, context: next };
    return { ...state, incoming: next };
  }
  if (current && sameContext(current, next) && !state.incoming) return state;
  // The call kept aside is the one the desktop is on again: the form takes it, with its draft.
  return { context: next, incoming: null, previous: state.previous?.callid === next.callid ? null : state.previous };
}

/** Call events may omit the agent: the agent in the URL is still the agent. */
function withFallbackUser(next: CallContext, fallbackUserId: string): CallContext {
  return next.userId ? next : { ...next, userId: fallbackUserId };
}

export function useCallContext(initial: CallContext | null, fallbackUserId: string, bridge: HostBridge): CallContextState {
  const [state, dispatch] = useReducer(callContextReducer, { context: initial, incoming: null, previous: null });
  const hasEdits = useRef(false);

  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type !== 'call') return;
        dispatch({ type: 'call', next: withFallbackUser(event.context, fallbackUserId), hasEdits: hasEdits.current });
      }),
    [bridge, fallbackUserId],
  );

  const reportEdits = useCallback((edits: boolean) => {
    hasEdits.current = edits;
  }, []);

  return { ...state, move: dispatch, reportEdits };
}
