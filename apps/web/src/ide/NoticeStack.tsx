import { useIdeStore } from "./useIdeStore.ts";

/** Passing messages (uploads, refused pastes, moves): announced, and dismissable. */
export function NoticeStack() {
  const { notices, dismiss } = useIdeStore();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p
          key={notice.id}
          className={`notice notice--${notice.tone}`}
          role={notice.tone === "error" ? "alert" : undefined}
        >
          {notice.text}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
