import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { HostBridge } from '../protocol/bridge';
import type { Canonical } from '../protocol/canonicalize';
import { callbackListData } from '../protocol/outgoing';
import { MAX_DAYS_AHEAD } from '../time/zoned-time';
import type { CallbackRequest } from './callback-rules';
import { ASK_ONCE } from './callback-modes';
import type { ModesState } from './mode-field';

/**
 * This customer's existing callbacks (SPEC §12), the start-up half: `GetPersonalCallbackList`
 * once the agent ID and the modes are known, and the submit that goes straight out when no
 * callback is known. Everything else (reading the answer, matching, the list, the clash
 * check and its dialog) is existing-callbacks-view.tsx, loaded only once the desktop lists a
 * callback or this form schedules one: a desktop with none costs `/` no more than this file.
 */

export interface ExistingCallbacksOptions {
  bridge: HostBridge;
  callid: string;
  /** The agent ID the desktop gave; without one, the ID the agent typed is asked about on submit. */
  userId: string;
  modesState: ModesState;
  /** The zone the desktop reads and writes dates in (SPEC §11): today and the horizon are its days. */
  scheduleZone: string;
  maxDaysAhead?: number;
  now: () => Date;
}

/** A submit held back until it is checked against the customer's callbacks. */
export interface HeldSubmit {
  request: CallbackRequest;
  /** The unknown outcome's Retry: the first request may have arrived. */
  retrying: boolean;
}

export type Send = (request: CallbackRequest) => void;

/** Whose callbacks, in which days: one answer per call, agent and schedule zone. */
export interface CallbackListKey {
  callid: string;
  userId: string;
  scheduleZone: string;
  maxDaysAhead: number;
}

const listQueryKey = ({ callid, userId, scheduleZone, maxDaysAhead }: CallbackListKey) => ['callback-list', callid, userId, scheduleZone, maxDaysAhead];

/**
 * The list the page's first script asked, as soon as the URL's call had its modes
 * (app/open-bridge.ts), becomes the query's answer: the form does not ask again, and a
 * Schedule pressed the moment React is live does not wait for a round trip to the desktop.
 */
export function prefetchCallbackList(client: QueryClient, key: CallbackListKey, asked: Promise<Canonical[]>): void {
  void client.prefetchQuery({ queryKey: listQueryKey(key), queryFn: () => asked, ...ASK_ONCE });
}

export function useExistingCallbacks({ bridge, callid, userId, modesState, scheduleZone, maxDaysAhead = MAX_DAYS_AHEAD, now }: ExistingCallbacksOptions) {
  const modes = modesState.status === 'list' ? modesState.modes : null;
  /** The agent ID typed in the form, once a submit asked about it: the desktop gave none. */
  const [typedUserId, setTypedUserId] = useState('');
  const listUserId = userId || typedUserId;
  const list = useQuery({
    queryKey: listQueryKey({ callid, userId: listUserId, scheduleZone, maxDaysAhead }),
    queryFn: () => bridge.loadCallbackList(callbackListData(listUserId, { scheduleZone, maxDaysAhead }, now())),
    ...ASK_ONCE,
    // Without this call's numbers nothing could be matched: the list is not worth asking for.
    enabled: listUserId !== '' && modes !== null,
  });
  const [held, setHeld] = useState<HeldSubmit | null>(null);
  /** Scheduled from this form and confirmed: they join the list. */
  const [scheduled, setScheduled] = useState<CallbackRequest[]>([]);
  const lastSent = useRef<CallbackRequest | null>(null);
  const unchecked = modesState.status === 'typed' || (modes !== null && listUserId !== '' && list.isError);
  /**
   * The desktop is, or is about to be, asked for the list and has not answered: its modes are
   * coming or known, and so is the agent ID. A submit now waits for the answer (or the
   * silence past the modes timeout), so a duplicate is caught before anything is sent.
   */
  const awaitingList = listUserId !== '' && modesState.status !== 'typed' && !list.isSuccess && !list.isError;

  const dispatch = (request: CallbackRequest, send: Send) => {
    lastSent.current = request;
    setHeld(null);
    send(request);
  };

  const known = Boolean(list.data?.length) || scheduled.length > 0;
  /** A held submit with something to check it against: existing-callbacks-view.tsx decides it. */
  const checking = held !== null && !awaitingList && (known || (held.retrying && list.isSuccess));
  /** How the held submit is sent, when this hook sends it. */
  const heldSend = useRef<Send | null>(null);
  // Held only for the list's answer, and the answer lists nothing (or never came): it goes
  // out here, without waiting for the view's code to load.
  const sendUnchecked = useEffectEvent((submit: HeldSubmit) => {
    if (heldSend.current) dispatch(submit.request, heldSend.current);
  });
  useEffect(() => {
    if (held && !awaitingList && !checking) sendUnchecked(held);
  }, [held, awaitingList, checking]);

  return {
    list,
    modes,
    scheduleZone,
    scheduled,
    held,
    /** No list to check against: no modes, or the desktop did not answer it. */
    unchecked,
    awaitingList,
    checking,
    dispatch,
    release: () => setHeld(null),
    /** Anything for the view to show or check. */
    shown: unchecked || known || held !== null,
    /**
     * With the list answered and no callback known, the request goes at once. Otherwise it
     * is held for the check: while the list is awaited, when a callback is known, and for a
     * Retry whenever the desktop answers lists, to ask it again first. With no agent ID from
     * the desktop, the one typed is asked about now (again when the agent changed it).
     * Without the desktop's modes nothing is asked, and nothing waits.
     */
    submit(request: CallbackRequest, retrying: boolean, send: Send) {
      if (held) return;
      heldSend.current = send;
      const askTyped = userId === '' && modesState.status !== 'typed' && request.userId !== typedUserId;
      if (askTyped) setTypedUserId(request.userId);
      if (askTyped || (retrying && list.isSuccess) || known || awaitingList) setHeld({ request, retrying });
      else dispatch(request, send);
    },
    /** The desktop confirmed the last request: it joins the list, so the next one that day asks first. */
    joinList() {
      const sent = lastSent.current;
      if (sent) setScheduled((current) => [...current, sent]);
    },
  };
}

export type ExistingCallbacksState = ReturnType<typeof useExistingCallbacks>;
