import { agentRunsOf, readRuns, type AgentRunView } from "@wove/protocol";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * The document's agent runs, oldest first, re-read when any of them changes (a log line,
 * a step's status). Only the server writes them (SPEC D16): this only reads.
 */
export function useAgentRuns(doc: Y.Doc): AgentRunView[] {
  const cache = useRef<{ doc: Y.Doc; runs: AgentRunView[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const runs = agentRunsOf(doc);
      const listener = () => {
        cache.current = null;
        onChange();
      };
      runs.observeDeep(listener);
      return () => runs.unobserveDeep(listener);
    },
    [doc],
  );
  const getSnapshot = () => {
    if (cache.current?.doc !== doc) cache.current = { doc, runs: readRuns(doc) };
    return cache.current.runs;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
