import type { ToolSpec } from "@wove/ai";
import { z } from "zod";
import { agentToolSchemas } from "./agentToolSchemas.ts";

/** The agent's tools: a public contract, whose names and argument shapes do not change. */
export type AgentToolName = keyof typeof agentToolSchemas;

/** What each tool is for and the rules of its use, as the model reads them before calling it. */
const descriptions: Record<AgentToolName, string> = {
  set_plan:
    "Show the person your plan: a title and 1 to 20 steps. Call it before changing files, and again whenever the plan changes.",
  list_files: "List the paths of every file in the project.",
  read_file:
    "Read a file's current text. Read a file again before editing it: people may be editing the project at the same time.",
  search:
    'Find a literal text in every file (case-insensitive, within one line). Answers "path:line: text" lines, at most 50.',
  write_file:
    "Create a new file, or replace a small file whole. To change part of an existing file use edit_file, which keeps the rest of the file (and other people's edits to it) intact. A file over the project's size limit is refused.",
  edit_file:
    "Change parts of an existing file. Each edit replaces its find, which must match the file exactly once, with its replace: copy find from the file as read_file showed it, indentation and line breaks included, with enough surrounding lines to make it unique. Edits apply in order, each to the text the previous ones left; if any fails, none is applied.",
  delete_file: "Delete a file.",
  rename_file: "Rename or move a file, from one path to another.",
  run_build:
    'Build the project as a deploy would. Answers the errors ("path:line:column: message" and the line) or that it built.',
  check_preview: "Open a page of the project's live preview and answer the errors it shows, at build or at run time.",
  deploy: "Deploy the project's current files to its site.",
  finish:
    "End the run with a summary for the person. Call it once, last: when the work is done, or when it cannot go further without them.",
};

/**
 * The JSON Schema of a tool's arguments, rendered from its zod schema. `$schema` is left
 * out (the vendors want the bare object) and `required` is always present, empty for a
 * tool without arguments, so every tool's parameters have the same shape.
 */
function parametersOf(name: AgentToolName): Record<string, unknown> {
  const { $schema: _draft, ...schema } = z.toJSONSchema(agentToolSchemas[name]);
  return { ...schema, required: schema.required ?? [] };
}

/** The twelve tools as the model is given them. */
export const agentToolSpecs: readonly (ToolSpec & { name: AgentToolName })[] = (
  Object.keys(agentToolSchemas) as AgentToolName[]
).map((name) => ({ name, description: descriptions[name], parameters: parametersOf(name) }));
