import {
  appendMessage,
  appendToMessage,
  finishMessage,
  MessageStatus,
  readThread,
  type ThreadAuthor,
} from "@wove/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import type { AgentPresence } from "./AgentPresence.ts";
import { attachmentLabels, buildChatRequest, type Attachments } from "./buildChatRequest.ts";
import { describeAiFailure, type AiProblem } from "./describeAiFailure.ts";
import { streamChat, type ChatOutcome } from "./streamChat.ts";

// Deltas are written to the document at most this often: each write is an update sent to
// the room, and tokens arrive far faster than anyone reads.
const FLUSH_MS = 50;

export type AskState = "idle" | "waiting" | "streaming";

export interface Question {
  text: string;
  model: string;
  attachments: Attachments;
}

/**
 * Asking the AI: the question and its answer go into `threadDoc`'s thread (SPEC D9–D11)
 * only once the Worker accepts the request, so a refusal (429, no provider, signed out)
 * leaves the thread alone and the question in its box. `stop` (the Stop button, Escape)
 * aborts the request; the text so far stays, marked stopped.
 */
export function useAsk(options: {
  threadDoc: Y.Doc;
  author: ThreadAuthor;
  projectId: string;
  agent: AgentPresence | null;
  online: boolean;
}) {
  const [state, setState] = useState<AskState>("idle");
  const [problem, setProblem] = useState<AiProblem | null>(null);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // Leaving the IDE (or closing the panel) stops the answer; what came stays in the thread.
  useEffect(() => () => controller.current?.abort(), []);

  const stop = useCallback(() => controller.current?.abort(), []);

  /** Sends a question; `onSent` runs once it is in the thread (clear the box then). */
  const ask = useCallback(async (question: Question, onSent: () => void): Promise<void> => {
    if (controller.current) return;
    const { threadDoc, author, projectId, agent, online } = latest.current;
    const abort = new AbortController();
    controller.current = abort;
    setState("waiting");
    setProblem(null);
    const doneAnswering = agent?.startAnswering();
    const request = buildChatRequest({
      history: readThread(threadDoc),
      question: question.text,
      model: question.model,
      projectId,
      attachments: question.attachments,
    });
    let answerId: string | null = null;
    let pending = "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (!answerId || !pending) return;
      // The message is gone (someone cleared the thread): stop asking for more.
      if (!appendToMessage(threadDoc, answerId, pending)) abort.abort();
      pending = "";
    };
    const outcome = await streamChat(request, {
      signal: abort.signal,
      onOpen: () => {
        threadDoc.transact(() => {
          appendMessage(threadDoc, {
            role: "user",
            author,
            content: question.text,
            attachments: attachmentLabels(question.attachments),
          });
          answerId = appendMessage(threadDoc, { role: "assistant", author });
        });
        setState("streaming");
        onSent();
      },
      onDelta: (text) => {
        pending += text;
        timer ??= setTimeout(flush, FLUSH_MS);
      },
    });
    clearTimeout(timer);
    flush();
    doneAnswering?.();
    controller.current = null;
    setState("idle");
    const context = { online, signedIn: author.id !== null, returnTo: location.pathname };
    if (answerId) finishMessage(threadDoc, answerId, ending(outcome, context));
    else if (outcome.kind === "failed") setProblem(describeAiFailure(outcome, context));
  }, []);

  return { state, problem, ask, stop, dismissProblem: () => setProblem(null) };
}

function ending(outcome: ChatOutcome, context: Parameters<typeof describeAiFailure>[1]) {
  if (outcome.kind === "done") {
    return {
      status: MessageStatus.Done,
      model: outcome.model,
      usage: { ...outcome.usage, costUsd: outcome.usage.costUsd ?? null },
    };
  }
  if (outcome.kind === "stopped") return { status: MessageStatus.Stopped };
  return { status: MessageStatus.Failed, error: describeAiFailure(outcome, context).message };
}
