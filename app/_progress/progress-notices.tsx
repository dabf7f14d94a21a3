"use client";

import { downloadProgress } from "./download-progress.ts";
import { getProgressStore, useProgress } from "./use-progress.ts";

/**
 * The progress store's notices (storage faults, migration) as dismissible
 * banners, worded as the store words them, and an export button while some
 * progress exists only in this tab.
 */
export function ProgressNotices() {
  const { notices, unsaved } = useProgress();
  if (notices.length === 0 && !unsaved) return null;
  return (
    <div className="pg-notices">
      {notices.map((notice) => (
        <div key={notice.kind} className={`pg-notice pg-notice-${notice.kind}`} role="status">
          <p>{notice.message}</p>
          <button type="button" className="pg-small" onClick={() => getProgressStore().dismissNotice(notice.kind)} aria-label={`Dismiss notice: ${notice.message.split(/[.(]/)[0]}`}>
            Dismiss
          </button>
        </div>
      ))}
      {unsaved ? (
        <div className="pg-notice pg-notice-unsaved" role="status">
          <p>Some of your progress is not saved in this browser yet.</p>
          <button type="button" className="pg-small" onClick={downloadProgress}>
            Export progress
          </button>
        </div>
      ) : null}
    </div>
  );
}
