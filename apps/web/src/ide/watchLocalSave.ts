import type * as Y from "yjs";

export type LocalSave = "saved" | "saving" | "failed";

/** Whether this device holds every change, and word when that changes. */
export interface LocalSaveWatch {
  read(): LocalSave;
  subscribe(onChange: () => void): () => void;
}

/** How long after the last change the device save is checked: one check per burst of typing. */
const CHECK_AFTER_MS = 50;

/**
 * Whether every change is committed to this device's IndexedDB (`flush` resolves once it
 * is): what "saved on this device" may honestly claim while offline. Tells its listeners
 * only when the answer changes, not per keystroke.
 */
export function watchLocalSave(doc: Y.Doc, flush: () => Promise<void>): LocalSaveWatch {
  const listeners = new Set<() => void>();
  let state: LocalSave = "saved";
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const set = (next: LocalSave) => {
    if (state === next) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const check = () => {
    const mine = seq;
    clearTimeout(timer);
    // Commits are in order, so the check after the last change covers all before it.
    timer = setTimeout(() => {
      timer = undefined;
      flush().then(
        () => mine === seq && set("saved"),
        (err: unknown) => {
          console.error("Could not save the project on this device", err);
          set("failed");
        },
      );
    }, CHECK_AFTER_MS);
  };
  const onUpdate = () => {
    seq++;
    set("saving");
    check();
  };

  return {
    read: () => state,
    subscribe: (listener) => {
      if (!listeners.size) {
        doc.on("update", onUpdate);
        // A check cut short when the last listener left is made again.
        if (state === "saving" && timer === undefined) check();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size) return;
        doc.off("update", onUpdate);
        clearTimeout(timer);
        timer = undefined;
      };
    },
  };
}
