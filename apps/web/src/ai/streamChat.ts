import { readApiError } from "@wove/protocol";
import type { ChatEvent, ChatRequest } from "./ChatRequest.ts";
import { SseParser } from "./SseParser.ts";

/** How an answer ended. */
export type ChatOutcome =
  | { kind: "done"; model: string; usage: Extract<ChatEvent, { type: "done" }>["usage"] }
  | { kind: "stopped" }
  /** `status` is the HTTP status of a refusal before streaming (401, 429…); 0 for no answer. */
  | { kind: "failed"; code: string; message: string; status?: number };

/**
 * Asks `POST /api/ai/chat` and streams the answer: `onOpen` is called once the Worker
 * accepted the request (a refusal before streaming, such as a 429, never opens),
 * `onDelta` with the text as it arrives, and the promise answers how it ended. Aborting
 * `signal` (Stop, Escape) ends the request, which the Worker passes on to the provider.
 * Never throws.
 */
export async function streamChat(
  request: ChatRequest,
  { signal, onOpen, onDelta }: { signal: AbortSignal; onOpen: () => void; onDelta: (text: string) => void },
): Promise<ChatOutcome> {
  let res: Response;
  try {
    res = await fetch("/api/ai/chat", {
      method: "POST",
      signal,
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(request),
    });
  } catch {
    if (signal.aborted) return { kind: "stopped" };
    return { kind: "failed", code: "network", message: "", status: 0 };
  }
  if (!res.ok || !res.body) return refusal(res);
  onOpen();
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const data of parser.push(decoder.decode(value, { stream: true }))) {
        const event = parseEvent(data);
        if (event?.type === "delta") onDelta(event.text);
        else if (event?.type === "done") return { kind: "done", model: event.model, usage: event.usage };
        else if (event?.type === "error") return { kind: "failed", code: event.code, message: event.message };
      }
    }
  } catch {
    if (signal.aborted) return { kind: "stopped" };
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (signal.aborted) return { kind: "stopped" };
  return { kind: "failed", code: "connection_failed", message: "The answer stopped before it was finished." };
}

async function refusal(res: Response): Promise<ChatOutcome> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const error = readApiError(body);
  return {
    kind: "failed",
    code: error?.code ?? "http_error",
    message: error?.message ?? `The AI service answered ${res.status}.`,
    status: res.status,
  };
}

function parseEvent(data: string): ChatEvent | null {
  try {
    const event = JSON.parse(data) as ChatEvent;
    return typeof event === "object" && event !== null && typeof event.type === "string" ? event : null;
  } catch {
    return null;
  }
}
