import { useState, type ReactNode } from "react";

/**
 * An action that asks once more before it happens: its button, then the question with
 * "confirm" and "cancel". Used where a stray click would cost something another person
 * notices (leaving, handing a project on, clearing a shared thread); deleting a project
 * asks for its name instead (DeleteProject).
 *
 * `onConfirm` may return a promise: the question stays up while it runs (`pending` shows
 * it) and closes when it settles, unless it resolves to false (the action failed and
 * its error is shown beside the question, which stays to be tried again).
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Cancel",
  groupLabel,
  disabled = false,
  pending = false,
  inline = false,
  triggerClassName,
  onConfirm,
}: {
  /** What the first button says. */
  label: string;
  /** Said above the two buttons; the inline form (a toolbar) has no room for it. */
  question?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** Names the question for assistive technology: "Confirm leaving". */
  groupLabel: string;
  disabled?: boolean;
  pending?: boolean;
  /** Small buttons in a row, for a toolbar. */
  inline?: boolean;
  triggerClassName?: string;
  onConfirm: () => Promise<boolean> | boolean | void;
}) {
  const [asking, setAsking] = useState(false);
  const size = inline ? " button--small" : "";
  const trigger = (
    <button
      type="button"
      className={triggerClassName ?? (inline ? "button button--quiet button--small" : "button")}
      disabled={disabled}
      onClick={() => setAsking(true)}
    >
      {label}
    </button>
  );
  if (!asking) return inline ? trigger : <div>{trigger}</div>;

  const confirm = () => {
    const outcome = onConfirm();
    if (outcome instanceof Promise) void outcome.then((done) => done !== false && setAsking(false));
    else if (outcome !== false) setAsking(false);
  };
  const buttons = (
    <>
      <button type="button" className={`button button--danger${size}`} disabled={pending} onClick={confirm}>
        {pending && pendingLabel ? pendingLabel : confirmLabel}
      </button>
      <button
        type="button"
        className={inline ? `button button--quiet${size}` : "button"}
        disabled={pending}
        onClick={() => setAsking(false)}
      >
        {cancelLabel}
      </button>
    </>
  );
  if (inline) {
    return (
      <span className="confirm--inline" role="group" aria-label={groupLabel}>
        {buttons}
      </span>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={groupLabel}>
      {question && <p>{question}</p>}
      <div className="row">{buttons}</div>
    </div>
  );
}
