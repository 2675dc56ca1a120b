import { clearThread, type ThreadAuthor } from "@wove/protocol";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { agentOriginOf } from "../editor/agentOrigin.ts";
import type { FilesView } from "../ide/useFiles.ts";
import { useLayoutStore } from "../ide/useLayoutStore.ts";
import { useTabsStore } from "../ide/useTabsStore.ts";
import { usePresence } from "../ide/usePresence.ts";
import { useOnline } from "../local/useOnline.ts";
import { useSetting } from "../local/useSetting.ts";
import { useNotices } from "../state/useNotices.ts";
import { AgentPresence } from "./AgentPresence.ts";
import { AiNotices } from "./AiNotices.tsx";
import { applyPlannedChange, planChange, type PlannedChange } from "./applyProposedChange.ts";
import { ClearThread } from "./ClearThread.tsx";
import { Composer } from "./Composer.tsx";
import { ModelPicker } from "./ModelPicker.tsx";
import { ReviewChange } from "./ReviewChange.tsx";
import { ThreadView } from "./ThreadView.tsx";
import { useAiModels } from "./useAiModels.ts";
import { useAsk } from "./useAsk.ts";
import { useThread } from "./useThread.ts";
import { whyCannotAsk } from "./whyCannotAsk.ts";
import "./AiPanel.css";

declare module "../local/settings.ts" {
  interface Settings {
    /** The AI panel's model choice: "auto" or "<provider>:<model>". */
    aiModel: string;
  }
}

export interface AiPanelProps {
  doc: Y.Doc;
  awareness: Awareness;
  projectId: string;
  author: ThreadAuthor;
  files: FilesView;
  /** Editors write the shared thread and may apply changes; viewers may only ask. */
  canEdit: boolean;
  theme: "light" | "dark";
}

/**
 * The AI panel: the project's thread (in its document, so everyone sees it live and it is
 * there offline), the model picker, the question box, and proposed changes reviewed as a
 * diff and applied as the AI. Default export for `React.lazy` (see LazyAiPanel).
 */
export default function AiPanel({ doc, awareness, projectId, author, files, canEdit, theme }: AiPanelProps) {
  // A viewer's writes would be refused by the room: their questions live in this tab only.
  const [privateDoc] = useState(() => (canEdit ? null : new Y.Doc()));
  const threadDoc = privateDoc ?? doc;
  const shared = useThread(doc);
  const mine = useThread(privateDoc);
  const messages = privateDoc ? [...shared, ...mine] : shared;
  // Still usable after `dispose` (which only takes the AI out of the room), so Strict
  // Mode's second effect run is harmless.
  const agent = useMemo(() => new AgentPresence(awareness), [awareness]);
  useEffect(() => () => agent.dispose(), [agent]);

  const models = useAiModels();
  const [model, setModel] = useSetting("aiModel", "auto");
  const online = useOnline();
  const asking = useAsk({ threadDoc, author, projectId, agent, online });
  // An answer is only still arriving while some AI in the room is answering: one whose
  // asker closed their tab mid-answer stays "streaming" in the document for good.
  const people = usePresence(awareness);
  const answering = asking.state !== "idle" || people.some((person) => person.agent?.activity === "answering");
  const activeFileId = useTabsStore((s) => s.active);
  const open = useTabsStore((s) => s.open);
  const focusNonce = useLayoutStore((s) => s.aiFocus);
  const notify = useNotices((s) => s.notify);
  const [plan, setPlan] = useState<PlannedChange | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const available = models.status === "ready" ? models.data : null;
  const chosen = available?.models.find((m) => m.id === model) ?? null;
  const blocked = whyCannotAsk({ signedIn: author.id !== null, online, models, choice: model });
  const review = (change: { path: string; text: string }) => {
    const planned = planChange(doc, change);
    if (!planned.ok) return setNote(planned.error);
    // The file opens behind the dialog: its editor's undo history is there to take the
    // AI's edit, so Ctrl+Z in it undoes the change.
    if (planned.value.fileId) open(planned.value.fileId);
    setPlan(planned.value);
  };
  const apply = () => {
    if (!plan) return;
    const applied = applyPlannedChange(doc, plan, agentOriginOf(doc));
    setPlan(null);
    if (!applied.ok) return setNote(applied.error);
    agent.edited(applied.value.fileId);
    // The caret goes to the change, in the editor: its undo history holds the AI's edit, so
    // the toast's Ctrl+Z is true at once, with no click in between.
    open(applied.value.fileId, applied.value.at);
    notify(
      applied.value.created
        ? `The AI created ${plan.path}.`
        : `The AI changed ${plan.path}. Ctrl+Z in the editor undoes it.`,
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Escape in the review dialog closes the dialog; it does not stop an answer.
    const inDialog = event.target instanceof Element && event.target.closest("dialog");
    if (event.key === "Escape" && asking.state !== "idle" && !inDialog) {
      event.preventDefault();
      asking.stop();
    }
  };

  return (
    <section className="ai-panel" aria-label="AI" onKeyDown={onKeyDown}>
      <header className="pane-head ai-panel__head">
        {available && (available.models.length > 0 || available.auto) ? (
          <ModelPicker models={available.models} auto={available.auto} value={model} onChange={setModel} />
        ) : (
          <span />
        )}
        <ClearThread
          disabled={messages.length === 0 || asking.state !== "idle"}
          everyone={canEdit}
          onClear={() => clearThread(threadDoc)}
        />
      </header>
      <AiNotices
        models={models}
        canEdit={canEdit}
        signedIn={author.id !== null}
        problem={asking.problem ?? (note ? { message: note } : null)}
        onDismiss={() => {
          asking.dismissProblem();
          setNote(null);
        }}
      />
      <ThreadView messages={messages} answering={answering} onReview={canEdit ? review : null} />
      <Composer
        doc={doc}
        awareness={awareness}
        files={files}
        activeFileId={activeFileId}
        history={privateDoc ? mine : shared}
        modelWindow={chosen ? { tokens: chosen.contextWindow, name: chosen.label ?? chosen.model } : null}
        state={asking.state}
        blocked={blocked}
        focusNonce={focusNonce}
        onAsk={(text, attachments, onSent) => void asking.ask({ text, model, attachments }, onSent)}
        onStop={asking.stop}
        onProblem={setNote}
      />
      {plan && <ReviewChange plan={plan} theme={theme} onApply={apply} onClose={() => setPlan(null)} />}
    </section>
  );
}
