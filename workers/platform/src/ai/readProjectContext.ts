import type { ContextInput, ProjectFile } from "@wove/ai";
import { ApiErrorCode } from "@wove/protocol";
import { ApiError } from "../errors/ApiError.ts";
import type { ProjectRoom } from "../rooms/ProjectRoom.ts";

/** What a request may attach, in characters of text. */
export const ATTACHMENT_LIMITS = {
  /** Files a request may pin. */
  pinnedFiles: 20,
  /** The largest pinned file; a larger current file is sent as its selection only. */
  fileChars: 200_000,
  /** Candidates for retrieval: the project's text files, by path, up to these totals. */
  projectFiles: 500,
  projectChars: 2_000_000,
} as const;

export interface Attachments {
  files?: readonly string[];
  currentFile?: { path: string; selection?: string };
}

/**
 * The files of a request's context, read from the project's room in two RPCs (list, then
 * read): the current file, the pinned files, and the project's other text files as
 * candidates for the router's retrieval. A pinned file that is missing or too large is a
 * 400 naming it; retrieval candidates past the totals are simply not considered.
 */
export async function readProjectContext(
  room: DurableObjectStub<ProjectRoom>,
  { files = [], currentFile }: Attachments,
): Promise<Pick<ContextInput, "currentFile" | "pinnedFiles" | "projectFiles">> {
  const listed = new Map((await room.listFiles()).filter((f) => f.kind === "text").map((f) => [f.path, f.size]));
  const pinned = [...new Set(files)];
  if (pinned.length > ATTACHMENT_LIMITS.pinnedFiles) {
    refuse(`${pinned.length} files are pinned; at most ${ATTACHMENT_LIMITS.pinnedFiles} may be`);
  }
  for (const path of [...pinned, ...(currentFile ? [currentFile.path] : [])]) {
    if (!listed.has(path)) refuse(`"${path}" is not a text file of this project`);
  }
  for (const path of pinned) {
    const size = listed.get(path) ?? 0;
    if (size > ATTACHMENT_LIMITS.fileChars) {
      refuse(`"${path}" has ${size} characters; a pinned file may have at most ${ATTACHMENT_LIMITS.fileChars}`);
    }
  }
  const currentFits = currentFile !== undefined && (listed.get(currentFile.path) ?? 0) <= ATTACHMENT_LIMITS.fileChars;

  const candidates: string[] = [];
  let chars = 0;
  for (const [path, size] of listed) {
    if (candidates.length >= ATTACHMENT_LIMITS.projectFiles) break;
    if (pinned.includes(path) || path === currentFile?.path || size > ATTACHMENT_LIMITS.fileChars) continue;
    if (chars + size > ATTACHMENT_LIMITS.projectChars) continue;
    candidates.push(path);
    chars += size;
  }

  const wanted = [...pinned, ...(currentFits ? [currentFile.path] : []), ...candidates];
  const texts = new Map((await room.readTextFiles(wanted)).map((f) => [f.path, f.text]));
  const read = (path: string): ProjectFile => ({ path, text: texts.get(path) ?? "" });
  return {
    ...(currentFile
      ? {
          currentFile: {
            path: currentFile.path,
            text: currentFits ? (texts.get(currentFile.path) ?? "") : "",
            ...(currentFile.selection ? { selection: currentFile.selection } : {}),
          },
        }
      : {}),
    pinnedFiles: pinned.map(read),
    projectFiles: candidates.filter((path) => texts.has(path)).map(read),
  };
}

function refuse(message: string): never {
  throw new ApiError(400, ApiErrorCode.ValidationFailed, message);
}
