import { Dialog } from "../ui/Dialog.tsx";
import { useAction } from "../ui/useAction.ts";
import type { Deployment } from "@wove/protocol";
import { deploymentsApi } from "./deploymentsApi.ts";

/** Confirms a rollback (or roll forward) to an earlier live version; nothing is rebuilt. */
export function MakeLiveDialog({
  projectId,
  target,
  current,
  onClose,
  onDone,
}: {
  projectId: string;
  target: Deployment | null;
  /** The version live now, to say what it replaces. */
  current: Deployment | null;
  onClose: () => void;
  onDone: (deployment: Deployment) => void;
}) {
  const activate = useAction((id: string) => deploymentsApi.activate(projectId, id));
  const close = () => {
    activate.clearError();
    onClose();
  };
  const confirm = async () => {
    if (!target) return;
    const result = await activate.run(target.id);
    if (result.ok) {
      onDone(result.value);
      close();
    }
  };
  return (
    <Dialog open={target !== null} onClose={close} title={`Make version ${target?.version ?? ""} live?`}>
      <p>
        The site will serve version {target?.version} at once
        {current ? `, instead of version ${current.version}` : ""}. Nothing is rebuilt; you can switch back the same
        way.
      </p>
      {activate.error && (
        <p className="error" role="alert">
          {activate.error.message}
        </p>
      )}
      <div className="row row--end">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          disabled={activate.pending}
          onClick={() => void confirm()}
        >
          {activate.pending ? "Making it live…" : `Make version ${target?.version ?? ""} live`}
        </button>
      </div>
    </Dialog>
  );
}
