import type { BuildProblem } from "./bundleEntry.ts";

/** Build errors; one with a file and line opens it there in the editor. */
export function BuildProblems({
  problems,
  onOpen,
}: {
  problems: BuildProblem[];
  onOpen: (problem: BuildProblem) => void;
}) {
  return (
    <ul className="preview__problems" aria-label="Build errors">
      {problems.map((problem, index) => (
        <li key={index} className="preview__problem">
          {problem.file ? (
            <button type="button" className="preview__problem-link" onClick={() => onOpen(problem)}>
              {problem.file}
              {problem.line ? `:${problem.line}` : ""}
              {problem.column ? `:${problem.column}` : ""}
            </button>
          ) : null}{" "}
          <span>{problem.text}</span>
        </li>
      ))}
    </ul>
  );
}
