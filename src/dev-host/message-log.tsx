import './message-log.css';
import { useState } from 'react';
import type { DesktopTraffic } from '../simulator/agent-desktop';
import type { LogLine, LogView } from './log-view';
import { clockTime, lineOf, viewOf } from './log-view';

interface MessageLogProps {
  /** The desktop's record, oldest first. */
  traffic: readonly DesktopTraffic[];
  onClear: () => void;
}

type EntryView = LogView & LogLine & { time: string };

/** Each message is rendered once: the log re-renders on every message, and old ones never change. */
const views = new WeakMap<DesktopTraffic, EntryView>();
function viewOfEntry(entry: DesktopTraffic): EntryView {
  let view = views.get(entry);
  if (!view) {
    const body = viewOf(entry.data);
    view = { ...body, ...lineOf(entry, body.tags), time: clockTime(new Date(entry.at)) };
    views.set(entry, view);
  }
  return view;
}

const DIRECTION = {
  'from-widget': { label: 'Widget → Host', short: '→ Host', preposition: 'from' },
  'to-widget': { label: 'Host → Widget', short: '→ Widget', preposition: 'to' },
} as const;

const ALL = '';
const BADGE_TONE = new Map([
  ['success', 'good'],
  ['failed', 'bad'],
  ['error', 'bad'],
]);

/**
 * Everything that crossed the frame boundary, newest first, exactly as it was posted: one
 * line each (direction, subtopic, call, outcome), the message itself a click away.
 */
export function MessageLog({ traffic, onClear }: MessageLogProps) {
  const [subtopic, setSubtopic] = useState(ALL);
  const subtopics = [...new Set(traffic.map((entry) => entry.subtopic))];
  const entries = [...traffic].reverse().filter((entry) => subtopic === ALL || entry.subtopic === subtopic);
  return (
    <section className="dev-panel dev-log" aria-labelledby="log-heading">
      <div className="dev-log-header">
        <h2 id="log-heading" className="dev-panel-title">
          Message log <span className="dev-count">{subtopic === ALL ? traffic.length : `${entries.length} of ${traffic.length}`}</span>
        </h2>
        <button type="button" className="button button-quiet button-small" onClick={onClear} disabled={traffic.length === 0}>
          Clear log
        </button>
      </div>
      <div className="dev-log-filter">
        <label className="field-label" htmlFor="log-filter">
          Show
        </label>
        <select id="log-filter" className="input input-compact" value={subtopic} onChange={(event) => setSubtopic(event.target.value)}>
          <option value={ALL}>All messages</option>
          {/* A filter chosen before a Clear stays selectable, so the log never shows a value it cannot name. */}
          {[...new Set([...subtopics, ...(subtopic === ALL ? [] : [subtopic])])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="dev-log-scroll" role="log" aria-labelledby="log-heading">
        {entries.length === 0 ? (
          <p className="muted dev-log-empty">
            {traffic.length === 0
              ? 'No messages yet. Everything the widget and this desktop post to each other shows up here, newest first.'
              : `No ${subtopic} messages yet.`}
          </p>
        ) : (
          <ol className="dev-log-list">
            {entries.map((entry) => (
              <LogEntry key={entry.id} entry={entry} view={viewOfEntry(entry)} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

function LogEntry({ entry, view }: { entry: DesktopTraffic; view: EntryView }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyBody = () => {
    navigator.clipboard.writeText(view.body).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <li className={`log-entry log-${entry.direction}`}>
      <details>
        <summary className="log-summary">
          <span className="log-direction">
            <span aria-hidden="true">{DIRECTION[entry.direction].short}</span>
            <span className="visually-hidden">{DIRECTION[entry.direction].label}</span>
          </span>
          <span className="log-subtopic">{entry.subtopic}</span>
          {view.callid ? <span className="log-callid">{view.callid}</span> : null}
          {view.badge ? <span className={`log-badge log-badge-${BADGE_TONE.get(view.badge) ?? 'plain'}`}>{view.badge}</span> : null}
        </summary>
        <div className="log-meta">
          <time className="log-time">{view.time}</time>
          <span>
            {DIRECTION[entry.direction].preposition} {entry.origin}
          </span>
          {[...view.tags, ...(entry.note ? [entry.note] : [])].map((tag, index) => (
            <span key={`${index}:${tag}`} className="log-tag">
              {tag}
            </span>
          ))}
          <button type="button" className="button button-quiet button-small log-copy" onClick={copyBody}>
            {copy === 'copied' ? 'Copied' : copy === 'failed' ? 'Copy failed: select the text' : 'Copy'}
          </button>
        </div>
        <pre className="log-json">{view.body}</pre>
      </details>
    </li>
  );
}
