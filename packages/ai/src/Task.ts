/** What a request is for; the routing table picks models per task. */
export const Task = {
  Chat: "chat",
  CodeEdit: "code_edit",
  Plan: "plan",
  Summarize: "summarize",
  Embed: "embed",
} as const;

export type Task = (typeof Task)[keyof typeof Task];
