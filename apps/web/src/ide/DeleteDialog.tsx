import { deleteFile, deleteFolder } from "@wove/protocol";
import type * as Y from "yjs";
import { Dialog } from "../ui/Dialog.tsx";
import { useNotices } from "../state/useNotices.ts";
import { useExplorerStore } from "./useExplorerStore.ts";

/** Confirms deleting a file, or a folder with everything in it. */
export function DeleteDialog({ doc, fileCount }: { doc: Y.Doc; fileCount: (folder: string) => number }) {
  const deleting = useExplorerStore((s) => s.deleting);
  const setDeleting = useExplorerStore((s) => s.setDeleting);
  const notify = useNotices((s) => s.notify);
  if (!deleting) return null;
  const count = deleting.fileId ? 1 : fileCount(deleting.path);
  const confirm = () => {
    if (deleting.fileId) deleteFile(doc, deleting.fileId);
    else deleteFolder(doc, deleting.path);
    setDeleting(null);
    notify(`Deleted ${deleting.path}`);
  };
  return (
    <Dialog open onClose={() => setDeleting(null)} title={`Delete ${deleting.path}?`}>
      <p>
        {deleting.fileId
          ? "The file is removed for everyone in the project."
          : count
            ? `The folder and the ${count} ${count === 1 ? "file" : "files"} in it are removed for everyone in the project.`
            : "The folder is empty."}
      </p>
      <div className="row row--end">
        <button type="button" className="button" onClick={() => setDeleting(null)}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={confirm} data-autofocus>
          Delete
        </button>
      </div>
    </Dialog>
  );
}
