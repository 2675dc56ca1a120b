import type * as Y from "yjs";
import { uploadFiles } from "./uploadFiles.ts";
import { useNotices } from "../state/useNotices.ts";
import { useTabsStore } from "./useTabsStore.ts";

/** Uploads files into a folder, saying what happened to each. */
export function useUpload(doc: Y.Doc, projectId: string) {
  return async (folder: string, files: File[]) => {
    const { notify } = useNotices.getState();
    notify(files.length === 1 ? `Adding ${files[0]?.name ?? "a file"}…` : `Adding ${files.length} files…`);
    const outcomes = await uploadFiles(doc, projectId, folder, files);
    const failed = outcomes.filter((o) => !o.result.ok);
    for (const { result } of failed) if (!result.ok) notify(result.error, { tone: "error" });
    const added = outcomes.length - failed.length;
    if (added)
      notify(added === 1 ? `Added ${outcomes.find((o) => o.result.ok)?.path ?? "1 file"}` : `Added ${added} files`);
    const first = outcomes.find((o) => o.result.ok)?.result;
    if (first?.ok) useTabsStore.getState().open(first.fileId);
  };
}
