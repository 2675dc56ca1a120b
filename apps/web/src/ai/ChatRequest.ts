/** The body of `POST /api/ai/chat`, as the Worker accepts it. */
export interface ChatRequest {
  messages: { role: "user" | "assistant"; content: string }[];
  /** `"auto"` or `"<provider>:<model>"`. */
  model?: string;
  task?: "chat" | "edit" | "plan";
  projectId?: string;
  /** Paths of pinned files: the Worker reads them from the project's room. */
  files?: string[];
  currentFile?: { path: string; selection?: string };
}

/** One event of the answer stream (`data:` lines of `text/event-stream`). */
export type ChatEvent =
  | { type: "delta"; text: string }
  | {
      type: "done";
      model: string;
      usage: { inputTokens: number; outputTokens: number; costUsd: number | null };
    }
  | { type: "error"; code: string; message: string };
