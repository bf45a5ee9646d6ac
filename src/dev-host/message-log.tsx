import type { LogEntry } from './use-host-link';

interface MessageLogProps {
  entries: readonly LogEntry[];
  onClear: () => void;
}

const DIRECTION = {
  'from-widget': { label: 'Widget → Host', preposition: 'from' },
  'to-widget': { label: 'Host → Widget', preposition: 'to' },
} as const;

/** Everything that crossed the frame boundary, newest first, exactly as it was posted. */
export function MessageLog({ entries, onClear }: MessageLogProps) {
  return (
    <section className="dev-panel dev-log" aria-labelledby="log-heading">
      <div className="dev-log-header">
        <h2 id="log-heading" className="dev-panel-title">
          Message log <span className="dev-count">{entries.length}</span>
        </h2>
        <button type="button" className="button button-quiet button-small" onClick={onClear} disabled={entries.length === 0}>
          Clear log
        </button>
      </div>
      <div className="dev-log-scroll" role="log" aria-labelledby="log-heading">
        {entries.length === 0 ? (
          <p className="muted dev-log-empty">No messages yet. Everything the widget and this desktop post to each other shows up here, newest first.</p>
        ) : (
          <ol className="dev-log-list">
            {entries.map((entry) => (
              <li key={entry.id} className={`log-entry log-${entry.direction}`}>
                <details open>
                  <summary className="log-summary">
                    <span className="log-line">
                      <span className="log-direction">{DIRECTION[entry.direction].label}</span>
                      <time className="log-time">{entry.time}</time>
                    </span>
                    <span className="log-subtopic">{entry.subtopic}</span>
                  </summary>
                  <p className="log-meta">
                    {DIRECTION[entry.direction].preposition} {entry.origin}
                    {[...entry.view.tags, ...(entry.note ? [entry.note] : [])].map((tag, index) => (
                      <span key={`${index}:${tag}`} className="log-tag">
                        {tag}
                      </span>
                    ))}
                  </p>
                  <pre className="log-json">{entry.view.body}</pre>
                </details>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
