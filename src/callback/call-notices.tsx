import { useEffect, useState } from 'react';
import type { CallContextState, CallMove } from '../call-context/use-call-context';
import type { HostBridge, LateOutcome } from '../protocol/bridge';
import type { DraftStore } from './draft-store';
import { confirmedLate, recordScheduled } from './schedule-callback';

/** Shown when the URL named no call and the desktop has not reported one yet (SPEC §4): nothing to press. */
export function NoActiveCall() {
  return (
    <section className="empty-state" aria-labelledby="no-call-title">
      <h2 id="no-call-title" className="empty-title">
        No active call
      </h2>
      <p>Callbacks are scheduled for a call. This form fills in as soon as the agent desktop reports one.</p>
    </section>
  );
}

const UNCONFIRMED = 'its last callback request is unconfirmed and may have been scheduled';

interface NewCallBannerProps {
  callid: string;
  /** The call the form is on, whose draft a switch keeps aside. */
  current: string;
  drafts: DraftStore;
  onSwitch: () => void;
}

interface CallNoticesProps {
  calls: Pick<CallContextState, 'context' | 'incoming' | 'previous'>;
  bridge: HostBridge;
  drafts: DraftStore;
  onMove: (to: CallMove) => void;
}

/** Above the form: a newer call to switch to, and the call kept aside after a switch. */
export function CallNotices({ calls, bridge, drafts, onMove }: CallNoticesProps) {
  const { context: current, incoming, previous } = calls;
  return (
    <>
      {incoming && current ? <NewCallBanner callid={incoming.callid} current={current.callid} drafts={drafts} onSwitch={() => onMove('switch')} /> : null}
      {previous ? (
        <KeptCallNotice
          key={previous.callid}
          callid={previous.callid}
          bridge={bridge}
          drafts={drafts}
          onBack={() => onMove('back')}
          onForget={() => onMove('forget')}
        />
      ) : null}
    </>
  );
}

/** A new call arrived while the form has edits: it keeps its call and offers the switch (SPEC §7), saying what a switch does. */
function NewCallBanner({ callid, current, drafts, onSwitch }: NewCallBannerProps) {
  const unconfirmed = drafts.loadRecord('sent', current) !== null;
  return (
    <div className="banner" role="status">
      <div className="banner-text">
        <p className="banner-title">A new call is active ({callid})</p>
        <p className="banner-detail">
          Switching keeps your draft for call {current}
          {unconfirmed ? `, and ${UNCONFIRMED}` : ''}. You can go back to it until its callback is scheduled or you discard it.
        </p>
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onSwitch}>
        Switch
      </button>
    </div>
  );
}

interface KeptCallNoticeProps {
  callid: string;
  bridge: HostBridge;
  drafts: DraftStore;
  onBack: () => void;
  onForget: () => void;
}

type Settled = { outcome: 'scheduled' } | { outcome: 'refused'; message: string };

/**
 * After a switch: the call left behind keeps its draft and its warning until its callback is
 * confirmed (a late answer may still do it, SPEC §6) or the agent discards the draft.
 */
function KeptCallNotice({ callid, bridge, drafts, onBack, onForget }: KeptCallNoticeProps) {
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type !== 'late-result' || event.callid !== callid) return;
        setSettled(settleLate(drafts, callid, event.outcome));
      }),
    [bridge, callid, drafts],
  );
  const discard = () => {
    drafts.clearDraft(callid);
    onForget();
  };
  if (settled?.outcome === 'scheduled') {
    return (
      <div className="banner banner-done" role="status">
        <p className="banner-title">The agent desktop confirmed the callback for call {callid} late. Its draft is cleared.</p>
        <button type="button" className="button button-quiet button-small" onClick={onForget}>
          Dismiss
        </button>
      </div>
    );
  }
  const unconfirmed = settled === null && drafts.loadRecord('sent', callid) !== null;
  return (
    <div className="banner banner-kept" role="status">
      <div className="banner-text">
        <p className="banner-title">Your draft for call {callid} is kept</p>
        {unconfirmed ? <p className="banner-detail">Call {callid}: {UNCONFIRMED}. Check the desktop before scheduling it again.</p> : null}
        {settled?.outcome === 'refused' ? (
          <p className="banner-detail">
            Call {callid}: the agent desktop answered late that the callback was not scheduled ({settled.message}).
          </p>
        ) : null}
      </div>
      <div className="banner-actions">
        <button type="button" className="button button-secondary button-small" onClick={onBack}>
          Back to call {callid}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={discard}>
          Discard draft
        </button>
      </div>
    </div>
  );
}

function settleLate(drafts: DraftStore, callid: string, outcome: LateOutcome): Settled {
  const sent = drafts.loadRecord('sent', callid);
  if (outcome.success) {
    recordScheduled(drafts, callid, confirmedLate(sent?.summary ?? ''));
    return { outcome: 'scheduled' };
  }
  drafts.clearRecord('sent', callid);
  return { outcome: 'refused', message: outcome.message };
}
