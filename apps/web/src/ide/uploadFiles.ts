import { createFile } from "@wove/protocol";
import * as Y from "yjs";
import { asApiRequestError } from "../api/ApiRequestError.ts";
import { pasteVerdictForBytes } from "../editor/pasteVerdict.ts";
import { joinPath } from "./fileActions.ts";
import { uploadBlob } from "./uploadBlob.ts";

const TEXT_EXTENSIONS = new Set(
  "txt md markdown ts tsx js jsx mjs cjs json jsonc html htm css scss less svg xml yml yaml toml ini py rb rs go java kt c h cpp hpp cs php sh bash zsh sql csv tsv env gitignore editorconfig vue svelte astro graphql prisma lock".split(
    " ",
  ),
);

/**
 * Whether a file becomes editable text: a text file the editor would take as a paste
 * without remark (pasteVerdict); larger ones, and binaries, are blobs in R2, whose
 * reference is all that enters the document.
 */
export function isTextUpload(file: { name: string; type: string; size: number }, documentBytes: () => number): boolean {
  if (pasteVerdictForBytes(file.size, documentBytes) !== "ok") return false;
  if (file.type.startsWith("text/") || /json|javascript|typescript|xml/.test(file.type)) return true;
  const dot = file.name.lastIndexOf(".");
  return TEXT_EXTENSIONS.has(dot === -1 ? file.name.toLowerCase() : file.name.slice(dot + 1).toLowerCase());
}

export interface UploadOutcome {
  path: string;
  /** The new file's id, or why it was not added. */
  result: { ok: true; fileId: string } | { ok: false; error: string };
}

/**
 * Adds dropped or picked files to `folder`: text as editable text, anything else uploaded
 * to R2 first and added as a blob reference. One failure does not stop the others.
 */
export async function uploadFiles(
  doc: Y.Doc,
  projectId: string,
  folder: string,
  files: File[],
): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  for (const file of files) {
    const path = joinPath(folder, file.name);
    try {
      if (isTextUpload(file, () => Y.encodeStateAsUpdate(doc).byteLength)) {
        const text = await file.text();
        if (!text.includes("\u0000")) {
          const created = createFile(doc, { path, text });
          outcomes.push({ path, result: created.ok ? { ok: true, fileId: created.value } : created });
          continue;
        }
      }
      if (file.size === 0) {
        outcomes.push({ path, result: { ok: false, error: "The file is empty" } });
        continue;
      }
      const blob = await uploadBlob(projectId, file);
      const created = createFile(doc, { path, blob });
      outcomes.push({ path, result: created.ok ? { ok: true, fileId: created.value } : created });
    } catch (err) {
      const error = asApiRequestError(err);
      const message =
        error.status === 413
          ? `${file.name} is larger than the platform accepts (${formatBytes(file.size)}).`
          : error.status === 0
            ? `${file.name} needs the network to upload: try again when you are online.`
            : error.message;
      outcomes.push({ path, result: { ok: false, error: message } });
    }
  }
  return outcomes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1 << 20) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
