import { useEffect } from "react";

/** Names the tab after the page, so screen readers and history say where you are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Wove` : "Wove";
  }, [title]);
}
