import type * as Y from "yjs";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { RoomPending } from "./RoomPending.ts";
import type { RoomState } from "./useRoomState.ts";
import { watchLocalSave, type LocalSave } from "./watchLocalSave.ts";
import { watchPending, type PendingSource } from "./watchPending.ts";

/** What the sync indicator says: the truth about whether work is saved, and where. */
export function describeSync(
  state: Pick<RoomState, "status" | "closed"> & RoomPending,
  online: boolean,
  local: LocalSave = "saved",
) {
  // Counted in files, as a person counts their work: the room's count is of updates, about
  // one a keystroke ("25 changes" for one line).
  const files = state.pendingFiles;
  const inFiles = files > 0 ? ` in ${files} ${files === 1 ? "file" : "files"}` : "";
  if (local === "failed") return { tone: "bad", text: "Not saved on this device: keep this tab open" } as const;
  if (state.closed) return { tone: "bad", text: "Not syncing: edits are kept on this device" } as const;
  if (state.status === "synced") {
    return state.pending
      ? ({ tone: "busy", text: `Syncing edits${inFiles}…` } as const)
      : ({ tone: "good", text: "All changes saved" } as const);
  }
  if (!online || state.status === "offline") {
    if (local === "saving") return { tone: "offline", text: "Offline: saving on this device…" } as const;
    return state.pending
      ? ({ tone: "offline", text: `Offline: unsynced edits${inFiles}, saved on this device` } as const)
      : ({ tone: "offline", text: "Offline: edits are saved on this device" } as const);
  }
  return { tone: "busy", text: "Connecting…" } as const;
}

/**
 * The sync indicator. It watches the unconfirmed changes and the device save itself, the
 * two things that change as someone types, and writes what it says (saved, syncing with
 * how many files, offline, not saved) and `data-local` (whether the device holds every
 * edit, for what must wait for that: a test before it reloads offline) to its element,
 * without rendering: those change with every burst of typing, and a React render of the
 * status bar per burst is work the keystroke pays for (`npm run bench -- webTyping` counts
 * renders outside the editor pane). React renders it again only when the room's state or
 * the network does (`room`, `online`).
 */
export function SyncIndicator({
  room,
  client,
  doc,
  flush,
  online,
}: {
  room: RoomState;
  client: PendingSource;
  doc: Y.Doc;
  flush: () => Promise<void>;
  online: boolean;
}) {
  const pending = useMemo(() => watchPending(client), [client]);
  const local = useMemo(() => watchLocalSave(doc, flush), [doc, flush]);
  const element = useRef<HTMLSpanElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  // Before the first paint, and again whenever the room, the network or a watcher changes.
  useLayoutEffect(() => {
    const write = () => {
      const view = describeSync({ ...room, ...pending.read() }, online, local.read());
      const status = element.current;
      if (!status || !words.current) return;
      if (status.dataset.sync !== view.tone) {
        if (status.dataset.sync) status.classList.remove(`sync--${status.dataset.sync}`);
        status.classList.add(`sync--${view.tone}`);
        status.dataset.sync = view.tone;
      }
      if (words.current.textContent !== view.text) words.current.textContent = view.text;
      status.dataset.local = local.read();
    };
    write();
    const offs = [pending.subscribe(write), local.subscribe(write)];
    return () => offs.forEach((off) => off());
  }, [room, online, pending, local]);

  return (
    <span ref={element} className="sync" role="status" aria-live="polite">
      <span className="sync__dot" aria-hidden="true" />
      <span ref={words} />
    </span>
  );
}
