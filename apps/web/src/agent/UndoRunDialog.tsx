import type { AgentRunView } from "@wove/protocol";
import { Dialog } from "../ui/Dialog.tsx";
import type { AiProblem } from "../ai/describeAiFailure.ts";
import { shortPrompt } from "./describeQueued.ts";
import { ProblemLine } from "./ProblemLine.tsx";
import { PendingButton } from "./PendingButton.tsx";

/** Asks before an undo: it takes the run's edits out of everyone's copy of the project. */
export function UndoRunDialog({
  run,
  open,
  pending,
  problem,
  onConfirm,
  onClose,
}: {
  run: AgentRunView;
  open: boolean;
  pending: boolean;
  problem: AiProblem | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const files = run.filesChanged.length;
  return (
    <Dialog open={open} onClose={onClose} title="Undo this run?">
      <div className="stack">
        <p>
          Everything the agent wrote for “{shortPrompt(run.prompt)}” is taken out
          {files > 0 ? ` of ${files === 1 ? "1 file" : `${files} files`}` : ""}, and what it deleted comes back, for
          everyone. What people typed meanwhile stays, even beside the agent&apos;s text.
        </p>
        <ProblemLine problem={problem} />
        <div className="row row--end">
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Keep the changes
          </button>
          <PendingButton
            className="button button--danger"
            data-testid="agent-undo-confirm"
            pending={pending}
            label="Undo run"
            pendingLabel="Undoing…"
            onClick={onConfirm}
          />
        </div>
      </div>
    </Dialog>
  );
}
