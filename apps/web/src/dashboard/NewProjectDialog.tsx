import type { Project } from "../api/Project.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { NewProjectForm } from "./NewProjectForm.tsx";

export function NewProjectDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (project: Project) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="New project">
      <NewProjectForm onCreated={onCreated} onCancel={onClose} />
    </Dialog>
  );
}
