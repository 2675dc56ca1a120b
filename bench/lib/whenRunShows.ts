import { agentRunsOf, type RunLogEntry } from "@wove/protocol";
import * as Y from "yjs";
import { within } from "./openClient.ts";

/** What a watcher waits to see of an agent run in the project's document. */
export type RunSight =
  /** The run's entry, found by a marker in its prompt (it may appear before its id is answered). */
  | { kind: "entry"; marker: string }
  /** A log line of the run matching `line`. */
  | { kind: "log"; marker: string; line: (entry: RunLogEntry) => boolean }
  /** The run's status. */
  | { kind: "status"; marker: string; statuses: readonly string[] };

/**
 * Resolves with the time (performance.now()) of the first document update after which `sight`
 * holds in `doc` (a watching client's), or at once when it already does. The check reads only
 * the entry it looks for, so a watcher costs the process little between updates.
 */
export function whenRunShows(doc: Y.Doc, sight: RunSight, timeoutMs = 60_000): Promise<number> {
  const seen = () => {
    const entry = agentRunsOf(doc)
      .toArray()
      .find((run) => run instanceof Y.Map && String(run.get("prompt") ?? "").includes(sight.marker));
    if (!entry) return false;
    if (sight.kind === "entry") return true;
    if (sight.kind === "status") return sight.statuses.includes(String(entry.get("status")));
    const log = entry.get("log");
    return log instanceof Y.Array && (log.toArray() as RunLogEntry[]).some(sight.line);
  };
  let check: (() => void) | undefined;
  const shown = new Promise<number>((resolve) => {
    if (seen()) return resolve(performance.now());
    check = () => {
      // Timed before the check, which is the watcher's cost, not the platform's.
      const at = performance.now();
      if (seen()) resolve(at);
    };
    doc.on("update", check);
  });
  return within(shown, timeoutMs, `the run with ${sight.marker} showing its ${sight.kind}`).finally(() => {
    if (check) doc.off("update", check);
  });
}

/**
 * Notes when each log line of `kind` of the run whose prompt holds `marker` first reaches
 * the watching client (performance.now()), in order, until `stop()`.
 */
export function watchLogLines(
  doc: Y.Doc,
  marker: string,
  kind: RunLogEntry["kind"],
): { times: number[]; stop(): void } {
  const times: number[] = [];
  let entry: Y.Map<unknown> | undefined;
  const check = () => {
    const at = performance.now();
    entry ??= agentRunsOf(doc)
      .toArray()
      .find((run) => run instanceof Y.Map && String(run.get("prompt") ?? "").includes(marker));
    const log = entry?.get("log");
    if (!(log instanceof Y.Array)) return;
    const count = (log.toArray() as RunLogEntry[]).filter((line) => line.kind === kind).length;
    while (times.length < count) times.push(at);
  };
  doc.on("update", check);
  return { times, stop: () => doc.off("update", check) };
}
