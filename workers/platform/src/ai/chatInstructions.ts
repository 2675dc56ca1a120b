/** What a person asks the assistant to do; `edit` is the router's `code_edit` task. */
export type ChatTask = "chat" | "edit" | "plan";

/**
 * How a proposed change to a file must be written. The IDE's AI panel parses exactly this
 * (a fence whose info string is `<lang> path=<file path>`, holding the whole new file) to
 * show a diff and apply it as one collaborator's edit; change both together.
 */
const FILE_CHANGE_FORMAT = [
  "When you propose a change to a file, answer with the WHOLE new content of that file in one fenced",
  "code block whose info string is the language, a space, then path= and the file's path, for example:",
  "",
  "```ts path=src/a.ts",
  "export const a = 1;",
  "```",
  "",
  "Never abbreviate such a block (no `...`, no `// rest unchanged`) and never send a diff: the block",
  "replaces the whole file. Use one block per file; a new file is proposed the same way, with its new",
  "path. Code that is not a change to a file (examples, shell commands) goes in blocks without path=.",
].join("\n");

const BY_TASK: Record<ChatTask, string> = {
  chat: "Answer the question about the project. Be concise; show code only where it helps.",
  edit: "Make the change asked for. Say in a sentence or two what you change and why, then give the changed files.",
  plan: "Plan the work asked for: the steps, the files each touches, and the risks. Propose file changes only if asked.",
};

/**
 * The system prompt of every Worker AI request: who the assistant is, how files reach it, and
 * the one format for proposing file changes. The router appends the files themselves.
 */
export function chatInstructions(task: ChatTask): string {
  return [
    "You are the coding assistant of Wove, a collaborative browser IDE. You work on the user's project.",
    "Project files may follow, each in <file path=...> tags; the file open in the editor is in " +
      "<current_file path=...> and what is selected in it in <selection path=...>. Refer to files by path.",
    BY_TASK[task],
    FILE_CHANGE_FORMAT,
  ].join("\n\n");
}
