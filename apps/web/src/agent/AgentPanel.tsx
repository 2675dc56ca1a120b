import { isFinishedRun } from "@wove/protocol";
import { useState } from "react";
import { Link } from "react-router";
import type * as Y from "yjs";
import { useAiModels } from "../ai/useAiModels.ts";
import type { SessionUser } from "../ide/openProjectSession.ts";
import type { FilesView } from "../ide/useFiles.ts";
import { useLayoutStore } from "../ide/useLayoutStore.ts";
import { useOnline } from "../local/useOnline.ts";
import { useSetting } from "../local/useSetting.ts";
import { AgentEmptyState } from "./AgentEmptyState.tsx";
import { AutoApproveToggle } from "./AutoApproveToggle.tsx";
import { pickRun } from "./pickRun.ts";
import { RunForm } from "./RunForm.tsx";
import { RunList } from "./RunList.tsx";
import { RunView } from "./RunView.tsx";
import { useAgentRuns } from "./useAgentRuns.ts";
import { whyCannotRun } from "./whyCannotRun.ts";
import "./AgentPanel.css";

declare module "../local/settings.ts" {
  interface Settings {
    /** The Agent panel's model choice: "auto" or "<provider>:<model>". */
    agentModel: string;
  }
}

export interface AgentPanelProps {
  doc: Y.Doc;
  projectId: string;
  user: SessionUser;
  /** The project's `can.edit` (and a room that accepted the socket): start and act on runs. */
  canEdit: boolean;
  files: FilesView;
  /** The room is still connecting: no run yet may only mean the document has not arrived. */
  connecting: boolean;
}

/**
 * The builder agent: the prompt that starts a run, the project's runs, and the one shown
 * (the newest unless another is picked), all read live from the document, where the server
 * writes them; this panel only asks the server, never writes a run. Default export for
 * `React.lazy` (see LazyAgentPanel).
 */
export default function AgentPanel({ doc, projectId, user, canEdit, files, connecting }: AgentPanelProps) {
  const runs = useAgentRuns(doc);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const { newestFirst, shown } = pickRun(runs, chosenId);
  const models = useAiModels();
  const [model, setModel] = useSetting("agentModel", "auto");
  const online = useOnline();
  const focusNonce = useLayoutStore((s) => s.agentFocus);
  // While the shown run works, the prompt folds away so its status, plan and Approve are in
  // view; "Run the agent…" (or the button standing in for the prompt) brings it back.
  const [focusAtOpen] = useState(focusNonce);
  const formOpen = shown === null || isFinishedRun(shown.status) || focusNonce !== focusAtOpen;
  // When this panel opened: clock times name the day only for lines of another day.
  const [now] = useState(() => Date.now());
  const signedIn = user.id !== null;
  const canAct = signedIn && canEdit;
  const blocked = whyCannotRun({ signedIn, canEdit, online, models, choice: model });
  const data = models.status === "ready" ? models.data : null;
  const noModel = canAct && data !== null && data.models.length === 0 && !data.auto;

  return (
    <section className="agent-panel side-panel side-panel--compact" aria-label="Agent">
      <header className="pane-head">
        <span className="pane-head__title">Agent</span>
      </header>
      <div className="side-panel__body">
        {canAct ? (
          <>
            {noModel && (
              <p className="side-panel__notice">
                No AI model is available to you yet: <Link to="/settings#ai-keys">add your own key in Settings</Link>,
                or ask the platform&apos;s admin to configure one.
              </p>
            )}
            {formOpen ? (
              <RunForm
                projectId={projectId}
                models={models}
                model={model}
                onModel={setModel}
                blocked={blocked}
                followUp={shown !== null && isFinishedRun(shown.status) ? shown.id : null}
                focusNonce={focusNonce}
                onStarted={setChosenId}
              />
            ) : (
              <button
                type="button"
                className="button button--small agent-panel__new-run"
                data-testid="agent-new-run"
                onClick={() => useLayoutStore.getState().focusAgent()}
              >
                Start another run…
              </button>
            )}
            <AutoApproveToggle doc={doc} />
          </>
        ) : (
          <p className="side-panel__notice" data-testid="agent-read-only">
            {blocked}
            {!signedIn && (
              <>
                {" "}
                <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link>
              </>
            )}
          </p>
        )}
        {shown === null ? (
          // Straight from "Describe your app" the run exists before the document arrives:
          // "what the agent does" would read as if nothing had started.
          connecting ? (
            <p className="muted" role="status" data-testid="agent-loading">
              Loading the project&apos;s runs…
            </p>
          ) : (
            <AgentEmptyState canRun={canAct} />
          )
        ) : (
          <>
            {newestFirst.length > 1 && <RunList runs={newestFirst} shownId={shown.id} now={now} onShow={setChosenId} />}
            <RunView
              key={shown.id}
              projectId={projectId}
              run={shown}
              runs={runs}
              files={files}
              canAct={canAct}
              now={now}
            />
          </>
        )}
      </div>
    </section>
  );
}
