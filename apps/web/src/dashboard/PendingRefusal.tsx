import { useState } from "react";
import { discardPendingProject } from "../local/discardPendingProject.ts";
import type { PendingProject } from "../local/joinPending.ts";
import { retryOutboxEntry } from "../local/retryOutboxEntry.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { useAction } from "../ui/useAction.ts";

// The card's link covers the whole card (styles.css); these controls sit above it.
const ABOVE_CARD_LINK = { position: "relative", zIndex: 1 } as const;

/**
 * Why the server refused a project created on this device, with Retry (send it again) and
 * Discard (delete it and its files from this device, after a confirmation).
 */
export function PendingRefusal({ pending }: { pending: PendingProject }) {
  const [confirming, setConfirming] = useState(false);
  const { entryId, project, refusal } = pending;
  const retry = useAction(async () => {
    if (entryId !== null) await retryOutboxEntry(entryId);
  });
  const discard = useAction(() => discardPendingProject(project.id));
  if (!refusal) return null;
  const busy = retry.pending || discard.pending;

  return (
    <div className="stack" style={ABOVE_CARD_LINK}>
      <p role="alert" className="error">
        Could not create on the server: {refusal.message}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Confirm discarding ${project.name}`}>
          <p>Discard {project.name} and its files? They exist only on this device.</p>
          <div className="row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void discard.run()}>
              {discard.pending ? "Discarding…" : "Discard"}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="button" disabled={busy || entryId === null} onClick={() => void retry.run()}>
            Retry
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            Discard…
          </button>
        </div>
      )}
      <ErrorMessage message={(retry.error ?? discard.error)?.message} />
    </div>
  );
}
