import type { FilesView } from "./useFiles.ts";
import type { Collaborator } from "./usePresence.ts";

/**
 * Where someone is and, for an AI, what it does and for whom, in a few words:
 * "src/app.tsx", "writing src/app.tsx for Ana", "building the app for Ana".
 */
export function whereIs(person: Collaborator, files: Pick<FilesView, "paths">): string {
  const path = person.fileId ? (files.paths.get(person.fileId) ?? "a deleted file") : null;
  const { agent } = person;
  if (!agent) return path ?? "no file open";
  if (agent.runId !== null) {
    if (agent.activity === "building") return `building the app for ${agent.for}`;
    return path ? `${agent.activity} ${path} for ${agent.for}` : `${agent.activity} for ${agent.for}`;
  }
  if (agent.activity === "editing") return path ? `editing ${path}` : "editing";
  return "writing an answer";
}
