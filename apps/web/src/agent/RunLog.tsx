import type { RunLogEntry } from "@wove/protocol";
import { useEffect, useRef, useState } from "react";
import type { FilesView } from "../ide/useFiles.ts";
import { formatClock } from "./formatClock.ts";
import { isNearBottom } from "./isNearBottom.ts";
import { PathText } from "./PathText.tsx";

const KIND_LABELS: Record<string, string> = {
  info: "info",
  read: "read",
  edit: "edit",
  build: "build",
  preview: "preview",
  fix: "fix",
  error: "error",
  message: "message",
  model: "model",
};

/**
 * The run's log as it grows, kept on its newest line unless the person scrolled up to
 * read; then a button says new lines came and takes them back down. A steering message
 * names who sent it; a file a line names opens from it. A new RunView (another run) starts
 * it again at the bottom.
 */
export function RunLog({ log, now, files }: { log: RunLogEntry[]; now: number; files: Pick<FilesView, "ids"> }) {
  const list = useRef<HTMLOListElement>(null);
  const [following, setFollowing] = useState(true);
  const last = log.at(-1);
  // The newest line the person saw at the bottom, for "new lines below" (by time, not by
  // count: past 300 lines the oldest go as new ones come, and the count stays).
  const [seenAt, setSeenAt] = useState(last?.at ?? 0);

  useEffect(() => {
    const element = list.current;
    if (element && following) element.scrollTop = element.scrollHeight;
  }, [following, log.length, last?.at, last?.text]);

  if (log.length === 0) return <p className="muted agent-log__empty">Nothing in the log yet.</p>;
  const unseen = following ? 0 : log.filter((entry) => entry.at > seenAt).length;
  return (
    <div className="agent-log-wrap">
      <ol
        ref={list}
        className="agent-log"
        role="log"
        aria-label="Run log"
        tabIndex={0}
        onScroll={(event) => {
          const near = isNearBottom(event.currentTarget);
          setFollowing(near);
          if (near) setSeenAt(last?.at ?? 0);
        }}
      >
        {log.map((entry, index) => (
          <li
            key={index}
            className={`agent-log__entry agent-log__entry--${entry.kind}`}
            data-testid="agent-log-entry"
            data-kind={entry.kind}
          >
            <time className="agent-log__time" dateTime={new Date(entry.at).toISOString()}>
              {formatClock(entry.at, now)}
            </time>
            <span className="agent-log__text">
              <span className="agent-log__kind">{KIND_LABELS[entry.kind] ?? entry.kind}</span>
              {entry.kind === "message" && entry.by && <strong className="agent-log__by">{entry.by.name}: </strong>}
              <PathText text={entry.text} files={files} />
            </span>
          </li>
        ))}
      </ol>
      {unseen > 0 && (
        <button
          type="button"
          className="button button--small agent-log__newer"
          onClick={() => {
            const element = list.current;
            if (element) element.scrollTop = element.scrollHeight;
            setFollowing(true);
            setSeenAt(last?.at ?? 0);
          }}
        >
          {unseen === 1 ? "1 new line" : `${unseen} new lines`} ↓
        </button>
      )}
    </div>
  );
}
