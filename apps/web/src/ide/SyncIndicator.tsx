import type { RoomState } from "./useRoomState.ts";

/** What the sync indicator says: the truth about whether work is saved, and where. */
export function describeSync(state: Pick<RoomState, "status" | "pending" | "closed">, online: boolean) {
  const changes = (n: number) => `${n} ${n === 1 ? "change" : "changes"}`;
  if (state.closed) return { tone: "bad", text: "Not syncing: edits are kept on this device" } as const;
  if (state.status === "synced") {
    return state.pending > 0
      ? ({ tone: "busy", text: `Syncing ${changes(state.pending)}…` } as const)
      : ({ tone: "good", text: "All changes saved" } as const);
  }
  if (!online || state.status === "offline") {
    return state.pending > 0
      ? ({ tone: "offline", text: `Offline: ${changes(state.pending)} saved on this device` } as const)
      : ({ tone: "offline", text: "Offline: edits are saved on this device" } as const);
  }
  return { tone: "busy", text: "Connecting…" } as const;
}

export function SyncIndicator({ state, online }: { state: RoomState; online: boolean }) {
  const { tone, text } = describeSync(state, online);
  return (
    <span className={`sync sync--${tone}`} role="status" aria-live="polite" data-sync={tone}>
      <span className="sync__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
