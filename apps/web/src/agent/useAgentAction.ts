import { useOnline } from "../local/useOnline.ts";
import { useAction } from "../ui/useAction.ts";
import type { AiProblem } from "../ai/describeAiFailure.ts";
import { describeAgentFailure } from "./describeAgentFailure.ts";

/**
 * useAction for an agent route, with its failure in the agent's words (`action` completes
 * "Could not … / Sign in to …": "stop the run").
 */
export function useAgentAction<A extends unknown[], R>(action: string, run: (...args: A) => Promise<R>) {
  const online = useOnline();
  const state = useAction(run);
  const problem: AiProblem | null = state.error
    ? describeAgentFailure(state.error, { action, online, returnTo: location.pathname })
    : null;
  return { ...state, problem };
}
