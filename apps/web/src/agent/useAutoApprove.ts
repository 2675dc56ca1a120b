import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { readAutoApprove, watchAutoApprove } from "./autoApprove.ts";

/** The project's "run without asking" setting, kept current as any editor changes it. */
export function useAutoApprove(doc: Y.Doc): boolean {
  const subscribe = useCallback((onChange: () => void) => watchAutoApprove(doc, onChange), [doc]);
  return useSyncExternalStore(subscribe, () => readAutoApprove(doc));
}
