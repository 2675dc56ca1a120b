import { ConfirmAction } from "../ui/ConfirmAction.tsx";

/** "Clear", then a second click to confirm, since it clears the thread for everyone. */
export function ClearThread({
  disabled,
  everyone,
  onClear,
}: {
  disabled: boolean;
  /** The shared thread (an editor), not a viewer's own questions. */
  everyone: boolean;
  onClear: () => void;
}) {
  return (
    <ConfirmAction
      inline
      label="Clear"
      confirmLabel={everyone ? "Clear for everyone" : "Clear mine"}
      cancelLabel="Keep"
      groupLabel="Confirm clearing the thread"
      disabled={disabled}
      onConfirm={onClear}
    />
  );
}
