import { useId, useState } from "react";
import { agentRunsApi } from "./agentRunsApi.ts";
import { ProblemLine } from "./ProblemLine.tsx";
import { useAgentAction } from "./useAgentAction.ts";
import { PendingButton } from "./PendingButton.tsx";

/** At most what `POST …/messages` takes. */
const MESSAGE_MAX = 4_000;

/** A message to the working agent, read at its next turn; it shows in the log with the sender's name. */
export function SteerBox({ projectId, runId }: { projectId: string; runId: string }) {
  const id = useId();
  const [text, setText] = useState("");
  const send = useAgentAction("send the message", (message: string) => agentRunsApi.message(projectId, runId, message));
  const submit = async () => {
    const message = text.trim();
    if (!message || send.pending) return;
    const result = await send.run(message);
    if (result.ok) setText("");
  };
  return (
    <form
      className="agent-steer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        Message the agent
      </label>
      <div className="agent-steer__row">
        <input
          id={id}
          className="agent-input"
          data-testid="agent-steer"
          placeholder="Steer the agent: “use plain CSS”, “skip the tests”…"
          maxLength={MESSAGE_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <PendingButton
          type="submit"
          className="button button--small"
          pending={send.pending}
          disabled={!text.trim()}
          label="Send"
          pendingLabel="Sending…"
        />
      </div>
      <ProblemLine problem={send.problem} />
    </form>
  );
}
