'use client';
import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/diagnose/token';

interface RetryCountdownProps {
  seconds: number;
  /** when the diagnosis was made (ms); the wait counts from then */
  since: number;
}

/** A live countdown to the moment a retry is allowed. role="timer" keeps screen readers from announcing every tick. */
export function RetryCountdown({ seconds, since }: RetryCountdownProps) {
  const [now, setNow] = useState(since);
  const left = Math.max(0, Math.ceil(seconds - (now - since) / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left]);
  return (
    <span role="timer" aria-live="off" aria-atomic="true">
      {left > 0 ? (
        <>
          You can retry in <strong>{formatDuration(left)}</strong>.
        </>
      ) : (
        <strong>The wait is over: you can retry now.</strong>
      )}
    </span>
  );
}
