import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { HostBridge } from '../protocol/bridge';
import type { CallContext } from '../protocol/call-event';

export interface CallContextState {
  /** The call the form works on. */
  context: CallContext | null;
  /** A newer call the host announced while the form had edits (SPEC §7). */
  incoming: CallContext | null;
  switchToIncoming: () => void;
  /** The form reports here whether it holds edits; read when a call event arrives. */
  reportEdits: (hasEdits: boolean) => void;
}

interface State {
  context: CallContext | null;
  incoming: CallContext | null;
}

type Action = { type: 'call'; next: CallContext; hasEdits: boolean } | { type: 'switch' };

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
  if (action.type === 'switch') {
    return state.incoming ? { context: state.incoming, incoming: null } : state;
  }
  const { next, hasEdits } = action;
  const current = state.context;
  if (current && hasEdits) {
    // A form with edits keeps its call: an agent's typing never moves to another customer.
    // News of the current call (it ended, say, or names the customer's zone) is taken in,
    // without cancelling the offer to switch; the form keeps what the agent typed.
    if (current.callid === next.callid) return sameContext(current, next) ? state : { context: next, incoming: state.incoming };
    return { context: current, incoming: next };
  }
  if (current && sameContext(current, next) && !state.incoming) return state;
  return { context: next, incoming: null };
}

/** Call events may omit the agent: the agent in the URL is still the agent. */
function withFallbackUser(next: CallContext, fallbackUserId: string): CallContext {
  return next.userId ? next : { ...next, userId: fallbackUserId };
}

export function useCallContext(initial: CallContext | null, fallbackUserId: string, bridge: HostBridge): CallContextState {
  const [state, dispatch] = useReducer(callContextReducer, { context: initial, incoming: null });
  const hasEdits = useRef(false);

  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type !== 'call') return;
        dispatch({ type: 'call', next: withFallbackUser(event.context, fallbackUserId), hasEdits: hasEdits.current });
      }),
    [bridge, fallbackUserId],
  );

  const switchToIncoming = useCallback(() => dispatch({ type: 'switch' }), []);
  const reportEdits = useCallback((edits: boolean) => {
    hasEdits.current = edits;
  }, []);

  return { ...state, switchToIncoming, reportEdits };
}
