import type * as Y from "yjs";
import { writeAutoApprove } from "./autoApprove.ts";
import { useAutoApprove } from "./useAutoApprove.ts";

/** "Run without asking", for editors: the project's setting, shared with everyone in it. */
export function AutoApproveToggle({ doc }: { doc: Y.Doc }) {
  const on = useAutoApprove(doc);
  return (
    <label className="agent-auto" title="A project setting: it applies to every editor's runs">
      <input
        type="checkbox"
        checked={on}
        data-testid="agent-auto-approve"
        onChange={(event) => writeAutoApprove(doc, event.target.checked)}
      />
      Run without asking (approve plans automatically)
    </label>
  );
}
