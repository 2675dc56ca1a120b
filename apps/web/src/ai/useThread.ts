import { readThread, threadOf, type ThreadMessage } from "@wove/protocol";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

const none: ThreadMessage[] = [];

/** The AI thread of a document, re-read when any message changes (an answer streaming in too). */
export function useThread(doc: Y.Doc | null): ThreadMessage[] {
  const cache = useRef<{ doc: Y.Doc; messages: ThreadMessage[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => undefined;
      const thread = threadOf(doc);
      const listener = () => {
        cache.current = null;
        onChange();
      };
      thread.observeDeep(listener);
      return () => thread.unobserveDeep(listener);
    },
    [doc],
  );
  const getSnapshot = () => {
    if (!doc) return none;
    if (cache.current?.doc !== doc) cache.current = { doc, messages: readThread(doc) };
    return cache.current.messages;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
