/** What the agent does, for a project that has no run yet. */
export function AgentEmptyState({ canRun }: { canRun: boolean }) {
  return (
    <div className="agent-empty" data-testid="agent-empty">
      <p>
        The agent builds from a description: it reads the project, writes a plan, and — once an editor approves the plan
        — edits the files, builds and previews the app, fixing what breaks.
      </p>
      <p className="muted">
        Everyone in the project watches it work here and in the editor, and its changes can be undone in one go. Each
        run has a budget, and stops when it is spent.
        {canRun ? " Tick “Run without asking” to skip the approval of the plan." : ""}
      </p>
    </div>
  );
}
