import type { DesktopTraffic } from '../simulator/agent-desktop';
import type { LogView } from './log-view';
import { clockTime, viewOf } from './log-view';

interface MessageLogProps {
  /** The desktop's record, oldest first. */
  traffic: readonly DesktopTraffic[];
  onClear: () => void;
}

/** Each message is rendered once: the log re-renders on every message, and old ones never change. */
const views = new WeakMap<DesktopTraffic, LogView & { time: string }>();
function viewOfEntry(entry: DesktopTraffic) {
  let view = views.get(entry);
  if (!view) {
    view = { ...viewOf(entry.data), time: clockTime(new Date(entry.at)) };
    views.set(entry, view);
  }
  return view;
}

const DIRECTION = {
  'from-widget': { label: 'Widget → Host', preposition: 'from' },
  'to-widget': { label: 'Host → Widget', preposition: 'to' },
} as const;

/** Everything that crossed the frame boundary, newest first, exactly as it was posted. */
export function MessageLog({ traffic, onClear }: MessageLogProps) {
  const entries = [...traffic].reverse();
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
            {entries.map((entry) => {
              const view = viewOfEntry(entry);
              return (
                <li key={entry.id} className={`log-entry log-${entry.direction}`}>
                  <details open>
                    <summary className="log-summary">
                      <span className="log-line">
                        <span className="log-direction">{DIRECTION[entry.direction].label}</span>
                        <time className="log-time">{view.time}</time>
                      </span>
                      <span className="log-subtopic">{entry.subtopic}</span>
                    </summary>
                    <p className="log-meta">
                      {DIRECTION[entry.direction].preposition} {entry.origin}
                      {[...view.tags, ...(entry.note ? [entry.note] : [])].map((tag, index) => (
                        <span key={`${index}:${tag}`} className="log-tag">
                          {tag}
                        </span>
                      ))}
                    </p>
                    <pre className="log-json">{view.body}</pre>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
