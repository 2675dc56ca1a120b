import { Link } from "react-router";
import type { AiProblem } from "./describeAiFailure.ts";
import type { ModelsState } from "./useAiModels.ts";

/** What stands between this person and an answer: no model, signed out, a viewer, a refusal. */
export function AiNotices({
  models,
  canEdit,
  signedIn,
  problem,
  onDismiss,
}: {
  models: ModelsState;
  canEdit: boolean;
  signedIn: boolean;
  problem: AiProblem | null;
  onDismiss: () => void;
}) {
  const data = models.status === "ready" ? models.data : null;
  const nothingConfigured = data !== null && data.models.length === 0 && !data.auto;
  return (
    <>
      {!signedIn && (
        <p className="side-panel__notice ai-notice">
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to ask the AI. You can read
          the project's thread.
        </p>
      )}
      {signedIn && !canEdit && (
        <p className="side-panel__notice ai-notice">
          You are a viewer: you can ask, and your questions stay in this tab. Only editors can apply changes.
        </p>
      )}
      {signedIn && models.status === "error" && <p className="side-panel__notice ai-notice">{models.message}</p>}
      {nothingConfigured && (
        // Said once, for the person: what the platform's admin sets is in the README and its log.
        <p className="side-panel__notice ai-notice" data-testid="ai-no-model">
          No AI model is available to you yet: <Link to="/settings#ai-keys">add your own key in Settings</Link>, or ask
          the platform's admin to configure one.
        </p>
      )}
      {problem && (
        <div className="side-panel__notice ai-notice ai-notice--error" role="alert">
          <span>
            {problem.message} {problem.link && <Link to={problem.link.href}>{problem.link.label}</Link>}
          </span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
