import type { HostCall } from '../simulator/wire';
import { DevField } from './dev-field';

export interface EmbedSettings {
  subscriberId: string;
  timeoutMs: string;
}

interface CallPanelProps {
  call: HostCall;
  embed: EmbedSettings;
  onCallChange: (call: HostCall) => void;
  onEmbedChange: (embed: EmbedSettings) => void;
  onDeliver: () => void;
  onReload: () => void;
}

const CALL_FIELDS: { key: keyof HostCall; label: string; inputMode?: 'numeric' | 'decimal' }[] = [
  { key: 'callid', label: 'Call ID' },
  { key: 'accountNumber', label: 'Account number' },
  { key: 'userId', label: 'Agent ID' },
  { key: 'leadScore', label: 'Lead score', inputMode: 'numeric' },
  { key: 'targetAmount', label: 'Target amount', inputMode: 'decimal' },
  { key: 'timeZone', label: "Customer's zone (call event)" },
];

/** The call the desktop is on, and how it embeds the widget. */
export function CallPanel({ call, embed, onCallChange, onEmbedChange, onDeliver, onReload }: CallPanelProps) {
  return (
    <section className="dev-panel" aria-labelledby="call-heading">
      <h2 id="call-heading" className="dev-panel-title">
        Call
      </h2>
      <div className="dev-fields">
        {CALL_FIELDS.map(({ key, label, inputMode }) => (
          <DevField
            key={key}
            id={`host-${key}`}
            label={label}
            value={call[key] ?? ''}
            inputMode={inputMode}
            onValue={(value) => onCallChange({ ...call, [key]: value })}
          />
        ))}
      </div>
      <div className="dev-actions">
        <button type="button" className="button button-primary button-small" onClick={onDeliver}>
          Deliver new call
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onReload}>
          Reload widget
        </button>
      </div>
      <p className="field-hint">
        <strong>Deliver new call</strong> posts an <code>OutboundCallStateChange</code> event. <strong>Reload widget</strong>{' '}
        opens the widget again with this call in its URL.
      </p>
      <details className="dev-embed">
        <summary>Embedding options</summary>
        <div className="dev-fields">
          <div className="field">
            <label className="field-label" htmlFor="host-subscriber">
              Subscriber ID
            </label>
            <input
              id="host-subscriber"
              className="input input-compact"
              value={embed.subscriberId}
              autoComplete="off"
              aria-describedby="host-subscriber-hint"
              onChange={(event) => onEmbedChange({ ...embed, subscriberId: event.target.value })}
            />
            <p className="field-hint" id="host-subscriber-hint">
              When set, the widget wraps its messages in packets.
            </p>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="host-timeout">
              Widget timeout (ms)
            </label>
            <input
              id="host-timeout"
              className="input input-compact"
              value={embed.timeoutMs}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="host-timeout-hint"
              onChange={(event) => onEmbedChange({ ...embed, timeoutMs: event.target.value })}
            />
            <p className="field-hint" id="host-timeout-hint">
              How long the widget waits for an answer (1000–120000). Applies on reload.
            </p>
          </div>
        </div>
      </details>
    </section>
  );
}
