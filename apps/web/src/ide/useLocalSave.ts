import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";

export type LocalSave = "saved" | "saving" | "failed";

/**
 * Whether every change is committed to this device's IndexedDB: what "saved on this
 * device" may honestly claim while offline. Re-renders only when the answer changes, not
 * per keystroke.
 */
export function useLocalSave(doc: Y.Doc, flush: () => Promise<void>): LocalSave {
  const [state, setState] = useState<LocalSave>("saved");
  const current = useRef<LocalSave>("saved");

  useEffect(() => {
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const set = (next: LocalSave) => {
      if (current.current === next) return;
      current.current = next;
      setState(next);
    };
    const onUpdate = () => {
      const mine = ++seq;
      set("saving");
      clearTimeout(timer);
      // One check per burst of typing: commits are in order, so the last one covers all.
      timer = setTimeout(() => {
        flush().then(
          () => mine === seq && set("saved"),
          (err: unknown) => {
            console.error("Could not save the project on this device", err);
            set("failed");
          },
        );
      }, 50);
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      clearTimeout(timer);
    };
  }, [doc, flush]);

  return state;
}
