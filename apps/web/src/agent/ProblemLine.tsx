import { Link } from "react-router";
import type { AiProblem } from "../ai/describeAiFailure.ts";

/** A refused request as the agent's views show it: what happened, and a link when one helps. */
export function ProblemLine({ problem }: { problem: AiProblem | null }) {
  if (!problem) return null;
  return (
    <p className="error agent-problem" role="alert">
      {problem.message} {problem.link && <Link to={problem.link.href}>{problem.link.label}</Link>}
    </p>
  );
}
