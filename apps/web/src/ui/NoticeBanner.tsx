import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { useNotice, type Notice } from "../state/useNotice.ts";

/** Shows a notice on the page it was meant for, and drops it once the person moves on. */
export function NoticeBanner() {
  const { pathname } = useLocation();
  const notice = useNotice((state) => state.notice);
  const dismiss = useNotice((state) => state.dismiss);
  // The notice last on screen: only that one is dropped when the page changes, never a
  // new one set just before navigating to the page it is meant for.
  const shown = useRef<Notice | null>(null);
  const visible = notice !== null && notice.path === pathname;

  useEffect(() => {
    if (visible) shown.current = notice;
    else if (notice !== null && shown.current === notice) dismiss();
  }, [visible, notice, dismiss]);

  if (!visible) return null;
  return (
    <div role="status" className="notice">
      <span>{notice.text}</span>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
