import { useEffect, useRef } from 'react';
import type { ScheduledRecord } from './draft-store';

interface ScheduledStatusProps {
  record: ScheduledRecord | null;
  onScheduleAnother: () => void;
}

/** Always in the DOM, so screen readers announce the moment it fills (SPEC §6). */
export function ScheduledStatus({ record, onScheduleAnother }: ScheduledStatusProps) {
  const another = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The form just locked under the agent's focus: hand it the next thing they can do.
    if (record) another.current?.focus();
  }, [record]);
  return (
    <div className={record ? 'scheduled' : 'scheduled-empty'}>
      <div role="status">
        {record ? (
          <>
            <p className="scheduled-title">Callback scheduled</p>
            <p className="scheduled-summary">{record.summary}</p>
          </>
        ) : null}
      </div>
      {record ? (
        <button ref={another} type="button" className="button button-secondary" onClick={onScheduleAnother}>
          Schedule another
        </button>
      ) : null}
    </div>
  );
}
