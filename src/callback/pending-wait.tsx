import { useEffect, useState } from 'react';

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * While the desktop answers (SPEC §6): how long the widget has waited, against how long it
 * will wait. The form is locked meanwhile so it keeps matching what was sent, and there is
 * no Cancel: a message already posted to the desktop cannot be taken back.
 */
export function PendingWait({ timeoutMs }: { timeoutMs: number }) {
  const [started] = useState(() => Date.now());
  const [waitedMs, setWaitedMs] = useState(0);
  useEffect(() => {
    const tick = setInterval(() => setWaitedMs(Date.now() - started), 1000);
    return () => clearInterval(tick);
  }, [started]);
  const total = seconds(timeoutMs);
  const waited = Math.min(seconds(waitedMs), total);
  return (
    <span className="pending-wait">
      <progress max={total} value={waited} aria-label="Time waited for the agent desktop" />
      <span>
        {waited} s of {total} s · the form is locked until the desktop answers
      </span>
    </span>
  );
}
