import { useId, useState, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { useLayoutStore } from "../ide/useLayoutStore.ts";
import { cacheProject } from "../local/cacheProject.ts";
import { useOnline } from "../local/useOnline.ts";
import { agentRunsApi } from "./agentRunsApi.ts";
import { ProblemLine } from "./ProblemLine.tsx";
import { useAgentAction } from "./useAgentAction.ts";
import "./DescribeAppBox.css";

/**
 * "Describe your app" on the dashboard: a new project with the agent started on it
 * (`POST /api/agent/new-project`), then its IDE with the Agent panel showing, to watch the
 * plan come. The side panel is chosen before going there: the layout store is the
 * person's, kept across projects, and the IDE shows what it says.
 */
export function DescribeAppBox({ signedIn }: { signedIn: boolean }) {
  const id = useId();
  const navigate = useNavigate();
  const online = useOnline();
  const [prompt, setPrompt] = useState("");
  const build = useAgentAction("build the app", (text: string) =>
    agentRunsApi.newProject({ prompt: text, visibility: "private" }),
  );
  const why = !signedIn
    ? "Sign in to build an app with the agent."
    : !online
      ? "You are offline: the agent builds on the server, so it can start once you are back online."
      : null;

  const submit = async () => {
    const text = prompt.trim();
    if (!text || why || build.pending) return;
    const result = await build.run(text);
    if (!result.ok) return;
    const { project } = result.value;
    await cacheProject(project).catch((err: unknown) => console.warn("Could not save the project offline", err));
    useLayoutStore.getState().showSidePanel("agent");
    void navigate(`/p/${encodeURIComponent(project.id)}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };

  return (
    <section className="describe-app card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Describe your app</h3>
      <form
        className="describe-app__form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <textarea
          className="describe-app__prompt"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-hint`}
          data-testid="describe-app"
          rows={3}
          maxLength={20_000}
          placeholder="A recipe site where people share recipes, rate them and plan the week's meals…"
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <ProblemLine problem={build.problem} />
        <div className="describe-app__foot">
          <p
            className={why ? "describe-app__why" : "muted describe-app__hint"}
            id={`${id}-hint`}
            role={why ? "status" : undefined}
          >
            {why ??
              "The agent makes a new private project, plans the app and waits for you to approve the plan before it builds."}
          </p>
          <button
            type="submit"
            className="button button--primary"
            data-testid="build-it"
            disabled={!prompt.trim() || why !== null || build.pending}
            aria-busy={build.pending || undefined}
          >
            {build.pending ? "Starting…" : "Build it"}
          </button>
        </div>
      </form>
    </section>
  );
}
