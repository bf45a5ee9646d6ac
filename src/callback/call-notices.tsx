/** Shown when the URL named no call and the desktop has not reported one yet (SPEC §4). */
export function NoActiveCall() {
  return (
    <section className="empty-state" aria-labelledby="no-call-title">
      <h2 id="no-call-title" className="empty-title">
        No active call
      </h2>
      <p>Callbacks are scheduled for a call. This form fills in as soon as the agent desktop reports one.</p>
      <button type="button" className="button button-primary" disabled>
        Schedule callback
      </button>
    </section>
  );
}

/** A new call arrived while the form has edits: it keeps its call and offers the switch (SPEC §7). */
export function NewCallBanner({ callid, onSwitch }: { callid: string; onSwitch: () => void }) {
  return (
    <div className="banner" role="status">
      <span>A new call is active ({callid})</span>
      <button type="button" className="button button-secondary button-small" onClick={onSwitch}>
        Switch
      </button>
    </div>
  );
}
