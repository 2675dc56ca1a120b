import { useMemo } from "react";
import type { FilesView } from "../ide/useFiles.ts";
import { openFile } from "../ide/openFile.ts";
import { linkPaths } from "./linkPaths.ts";

/**
 * Text from the agent (a log line, an error) in which each project file it names is a
 * link that opens the file in the editor, at the line an error points to.
 */
export function PathText({ text, files }: { text: string; files: Pick<FilesView, "ids"> }) {
  const pieces = useMemo(() => linkPaths(text, files.ids.keys()), [text, files.ids]);
  return pieces.map((piece, index) => {
    const id = piece.kind === "path" ? files.ids.get(piece.path) : undefined;
    if (piece.kind === "text" || id === undefined) return piece.text;
    return (
      <button
        key={index}
        type="button"
        className="agent-link"
        data-testid="agent-file-link"
        title={`Open ${piece.path}${piece.at ? ` at line ${piece.at.line}` : ""}`}
        onClick={() => openFile(id, piece.at)}
      >
        {piece.text}
      </button>
    );
  });
}
