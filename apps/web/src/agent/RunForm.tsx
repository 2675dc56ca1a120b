import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ModelsState } from "../ai/useAiModels.ts";
import { ModelPicker } from "../ai/ModelPicker.tsx";
import { formatShortcut, isApple } from "../ide/shortcut.ts";
import { agentRunsApi } from "./agentRunsApi.ts";
import { parseBudget } from "./parseBudget.ts";
import { ProblemLine } from "./ProblemLine.tsx";
import { useAgentAction } from "./useAgentAction.ts";
import { PendingButton } from "./PendingButton.tsx";

/** What the server takes for a prompt. */
const PROMPT_MAX = 20_000;

const RUN_KEYS = { key: "Enter", mod: true } as const;

/** The agent's pipelines: one for now, a select so more can join (the server's `pipeline`). */
const PIPELINES = [{ id: "build", label: "Build: plan, edit, build, preview" }] as const;
type Pipeline = (typeof PIPELINES)[number]["id"];

/**
 * What to build, with which model and pipeline, and an optional budget; Run (or Ctrl/Cmd+
 * Enter) starts a run. After a finished run the same form asks for a follow-up, which is a
 * new run. `blocked` says why a run would be refused now: the form stays, Run is off.
 */
export function RunForm({
  projectId,
  models,
  model,
  onModel,
  blocked,
  followUp,
  focusNonce,
  onStarted,
}: {
  projectId: string;
  models: ModelsState;
  model: string;
  onModel: (model: string) => void;
  blocked: string | null;
  /** The run shown, when it is over: the prompt follows it up, continuing its conversation. */
  followUp: string | null;
  /** Bumped by "Run the agent…" to put the caret in the prompt. */
  focusNonce: number;
  onStarted: (runId: string) => void;
}) {
  const ids = useId();
  const [prompt, setPrompt] = useState("");
  const [pipeline, setPipeline] = useState<Pipeline>("build");
  const [budget, setBudget] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  const start = useAgentAction("start the run", (body: Parameters<typeof agentRunsApi.start>[1]) =>
    agentRunsApi.start(projectId, body),
  );
  useEffect(() => {
    if (focusNonce > 0) box.current?.focus();
  }, [focusNonce]);

  const budgetReading = parseBudget(budget);
  const available = models.status === "ready" ? models.data : null;
  const ready = prompt.trim().length > 0 && budgetReading.ok && blocked === null;

  const submit = async () => {
    if (!ready || start.pending || !budgetReading.ok) return;
    const result = await start.run({
      prompt: prompt.trim(),
      pipeline,
      model,
      ...(budgetReading.value === undefined ? {} : { budgetUsd: budgetReading.value }),
      ...(followUp ? { followUp } : {}),
    });
    if (!result.ok) return;
    setPrompt("");
    onStarted(result.value.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter alone is a new line: a prompt is often several.
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };

  return (
    <form
      className="agent-form"
      aria-label="Run the agent"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="visually-hidden" htmlFor={`${ids}-prompt`}>
        What should the agent build?
      </label>
      <textarea
        ref={box}
        id={`${ids}-prompt`}
        className="agent-form__prompt"
        data-testid="agent-prompt"
        rows={3}
        maxLength={PROMPT_MAX}
        placeholder={
          followUp
            ? "Ask for a follow-up: the agent goes on from what it did in this run…"
            : "Describe what to build or change: “a todo app with tags and due dates”…"
        }
        aria-describedby={`${ids}-hint`}
        // Read-only, not disabled, while it is sent: the caret stays, and the text is what was sent.
        readOnly={start.pending}
        value={prompt}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="agent-form__options">
        {available && (available.models.length > 0 || available.auto) && (
          <ModelPicker models={available.models} auto={available.auto} value={model} onChange={onModel} />
        )}
        <select
          className="ai-model"
          aria-label="Pipeline"
          value={pipeline}
          onChange={(event) => setPipeline(event.target.value as Pipeline)}
        >
          {PIPELINES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <label className="agent-form__budget">
          <span>Budget $</span>
          <input
            className="agent-input agent-input--budget"
            inputMode="decimal"
            placeholder="none"
            aria-label="Budget in dollars (optional: without one, only your AI limits stop the run)"
            aria-invalid={!budgetReading.ok || undefined}
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
          />
        </label>
      </div>
      {!budgetReading.ok && <p className="field__error">{budgetReading.problem}</p>}
      <ProblemLine problem={start.problem} />
      <div className="agent-form__foot">
        {blocked ? (
          <span className="agent-form__hint" id={`${ids}-hint`} data-testid="agent-blocked">
            {blocked}
          </span>
        ) : (
          <span className="muted agent-form__hint" id={`${ids}-hint`}>
            {formatShortcut(RUN_KEYS, isApple(navigator.platform))} runs it.
          </span>
        )}
        <PendingButton
          type="submit"
          className="button button--primary button--small"
          data-testid="agent-run"
          pending={start.pending}
          disabled={!ready}
          label="Run"
          pendingLabel="Starting…"
        />
      </div>
    </form>
  );
}
