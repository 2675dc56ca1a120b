import { Dialog } from "../ui/Dialog.tsx";
import type { PlannedChange } from "./applyProposedChange.ts";
import { DiffView } from "./DiffView.tsx";

/** The diff of a proposed change, and Apply (as the AI, undoable in one step) or Cancel. */
export function ReviewChange({
  plan,
  theme,
  onApply,
  onClose,
}: {
  plan: PlannedChange;
  theme: "light" | "dark";
  onApply: () => void;
  onClose: () => void;
}) {
  const isNew = plan.fileId === null;
  return (
    <Dialog open wide onClose={onClose} title={isNew ? `New file ${plan.path}` : `Change to ${plan.path}`}>
      <p className="muted ai-review__note">
        {isNew
          ? "Applying creates this file."
          : "Applying changes only the lines that differ, as the AI, for everyone here. Ctrl+Z in the editor undoes it in one step."}
      </p>
      <DiffView path={plan.path} before={plan.before} after={plan.text} theme={theme} />
      <div className="row row--end">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={onApply}>
          Apply
        </button>
      </div>
    </Dialog>
  );
}
