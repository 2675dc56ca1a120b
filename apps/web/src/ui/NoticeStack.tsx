import { useEffect } from "react";
import { useLocation } from "react-router";
import { useNotices, visibleNotices } from "../state/useNotices.ts";

/**
 * Every notice on this page: passing ones (uploads, refused pastes, moves) and the
 * confirmation of what brought the person here. Announced, and dismissable.
 */
export function NoticeStack() {
  const { pathname } = useLocation();
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const arrive = useNotices((s) => s.arrive);
  useEffect(() => arrive(pathname), [arrive, pathname, notices]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {visibleNotices(notices, pathname).map((notice) => (
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
