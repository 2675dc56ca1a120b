import { useState } from "react";

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
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={disabled}
        onClick={() => setConfirming(true)}
      >
        Clear
      </button>
    );
  }
  return (
    <span className="ai-panel__confirm">
      <button
        type="button"
        className="button button--danger button--small"
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        {everyone ? "Clear for everyone" : "Clear mine"}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}
