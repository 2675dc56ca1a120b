import { readText } from "@wove/protocol";
import { useDeferredValue, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import { Dialog } from "../ui/Dialog.tsx";
import { searchProject } from "./searchProject.ts";
import type { FilesView } from "./useFiles.ts";
import { openFile } from "./openFile.ts";
import { useOverlayStore } from "./useOverlayStore.ts";

const LIMIT = 500;

/** Ctrl/Cmd+Shift+F: find text across every file of the project; a result opens the file there. */
export function ProjectSearch({ doc, files }: { doc: Y.Doc; files: FilesView }) {
  const setOverlay = useOverlayStore((s) => s.setOverlay);
  const [query, setQuery] = useState("");
  const [caseSensitive, setCaseSensitive] = useState(false);
  const deferred = useDeferredValue(query);
  const caseId = useId();

  const result = useMemo(() => {
    const texts = [...files.paths]
      .filter(([id]) => files.kinds.get(id) === "text")
      .map(([fileId, path]) => ({ fileId, path, text: readText(doc, fileId) ?? "" }));
    return searchProject(texts, deferred, { caseSensitive, limit: LIMIT });
  }, [doc, files, deferred, caseSensitive]);

  const close = () => setOverlay(null);
  return (
    <Dialog open onClose={close} title="Search the project">
      <div className="palette">
        <div className="row">
          <input
            data-autofocus
            className="palette__input"
            type="search"
            aria-label="Text to find"
            placeholder="Text to find in every file"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label htmlFor={caseId} className="palette__toggle">
            <input
              id={caseId}
              type="checkbox"
              checked={caseSensitive}
              onChange={(e) => setCaseSensitive(e.target.checked)}
            />
            Match case
          </label>
        </div>
        {deferred && (
          <p className="muted" role="status">
            {result.hits.length === 0
              ? "No matches."
              : `${result.hits.length}${result.truncated ? "+" : ""} ${result.hits.length === 1 ? "match" : "matches"}${result.truncated ? ` (showing the first ${LIMIT})` : ""}`}
          </p>
        )}
        <ul className="palette__list search-results" aria-label="Matches">
          {result.hits.map((hit) => (
            <li key={`${hit.fileId}:${hit.line}`}>
              <button
                type="button"
                className="search-results__hit"
                onClick={() => {
                  close();
                  openFile(hit.fileId, { line: hit.line, column: hit.column });
                }}
              >
                <span className="search-results__where">
                  {hit.path}:{hit.line}
                </span>
                <code className="search-results__line">{hit.preview}</code>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
