import { fuzzyFilter } from "./fuzzyMatch.ts";
import { Palette } from "./Palette.tsx";
import type { FilesView } from "./useFiles.ts";
import { openFile } from "./openFile.ts";
import { useOverlayStore } from "./useOverlayStore.ts";

/** Ctrl/Cmd+P: open a file by typing part of its path. */
export function QuickOpen({ files }: { files: FilesView }) {
  const setOverlay = useOverlayStore((s) => s.setOverlay);
  const entries = [...files.paths].map(([id, path]) => ({ id, path }));
  return (
    <Palette
      title="Open a file"
      placeholder="Type a file name or path"
      filter={(query) => fuzzyFilter(entries, query, (e) => e.path)}
      itemKey={(e) => e.id}
      renderItem={(e) => {
        const slash = e.path.lastIndexOf("/");
        return (
          <>
            <span>{e.path.slice(slash + 1)}</span>
            {slash > 0 && <span className="muted palette__detail">{e.path.slice(0, slash)}</span>}
          </>
        );
      }}
      onPick={(e) => {
        openFile(e.id);
      }}
      onClose={() => setOverlay(null)}
      empty={entries.length ? "No file matches." : "This project has no files yet."}
    />
  );
}
