import type * as Y from "yjs";
import { useCallback, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
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

type SyncView = ReturnType<typeof describeSync>;

/**
 * The sync indicator. It watches the unconfirmed changes and the device save itself, the
 * two things that change as someone types, and re-renders only when what it says changes:
 * saved, syncing (with how many files), offline, not saved. A keystroke re-renders nothing
 * while the room keeps up (see watchPending for why "saved" waits a moment).
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
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offs = [pending.subscribe(onChange), local.subscribe(onChange)];
      return () => offs.forEach((off) => off());
    },
    [pending, local],
  );
  const last = useRef<SyncView | null>(null);
  const view = useSyncExternalStore(subscribe, () => {
    const next = describeSync({ ...room, ...pending.read() }, online, local.read());
    if (last.current?.tone !== next.tone || last.current.text !== next.text) last.current = next;
    return last.current;
  });

  // `data-local` says whether the device holds every edit, for what must wait for that
  // (a test before it reloads offline). It changes with every burst of typing and is not
  // shown, so it is written to the element, not rendered: the indicator re-renders only for
  // its words.
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const write = () => element.current?.setAttribute("data-local", local.read());
    write();
    return local.subscribe(write);
  }, [local]);

  return (
    <span ref={element} className={`sync sync--${view.tone}`} role="status" aria-live="polite" data-sync={view.tone}>
      <span className="sync__dot" aria-hidden="true" />
      {view.text}
    </span>
  );
}
