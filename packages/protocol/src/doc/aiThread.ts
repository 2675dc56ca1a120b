import * as Y from "yjs";
import { newId } from "../newId.ts";

/**
 * The project's AI conversation (SPEC D9–D12): `doc.getArray("aiThread")` of `Y.Map`
 * messages, oldest first. It lives in the project's document so every collaborator sees
 * the same thread live and it is on the device offline, like the files.
 */

/** At most this many messages are kept; appending past it drops the oldest (SPEC D11). */
export const THREAD_LIMIT = 200;

export const MessageStatus = {
  /** An answer still arriving: its `content` grows as the model writes. */
  Streaming: "streaming",
  Done: "done",
  /** Stopped by the person who asked; the text so far stays. */
  Stopped: "stopped",
  Failed: "failed",
} as const;
export type MessageStatus = (typeof MessageStatus)[keyof typeof MessageStatus];

export type ThreadRole = "user" | "assistant";

export interface ThreadAuthor {
  /** null for a visitor who is not signed in. */
  id: string | null;
  name: string;
}

export interface ThreadUsage {
  inputTokens: number;
  outputTokens: number;
  /** null when the model has no price (local servers). */
  costUsd: number | null;
}

/** A message as readers see it (plain values, whatever the stored shape). */
export interface ThreadMessage {
  id: string;
  role: ThreadRole;
  content: string;
  /** Who asked: for an answer, the person it was asked for. */
  author: ThreadAuthor;
  status: MessageStatus;
  createdAt: number;
  /** What the question carried along (paths, "src/a.ts (lines 3–9)"), for display. */
  attachments: string[];
  /** The model that answered: `"<provider>:<model>"`. */
  model?: string;
  usage?: ThreadUsage;
  /** Why an answer failed, in words for people. */
  error?: string;
}

export const threadOf = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>("aiThread");

/** The thread, oldest first; entries that are not messages (a newer client's) are skipped. */
export function readThread(doc: Y.Doc): ThreadMessage[] {
  const messages: ThreadMessage[] = [];
  for (const entry of threadOf(doc)) {
    const message = readMessage(entry);
    if (message) messages.push(message);
  }
  return messages;
}

function readMessage(entry: Y.Map<unknown>): ThreadMessage | null {
  const id = entry.get("id");
  const role = entry.get("role");
  const raw = entry.get("content");
  const author = entry.get("author") as ThreadAuthor | undefined;
  if (typeof id !== "string" || (role !== "user" && role !== "assistant") || !author) return null;
  const status = entry.get("status");
  const message: ThreadMessage = {
    id,
    role,
    content: raw instanceof Y.Text ? raw.toString() : typeof raw === "string" ? raw : "",
    author,
    status: isStatus(status) ? status : MessageStatus.Done,
    createdAt: Number(entry.get("createdAt")) || 0,
    attachments: (entry.get("attachments") as string[] | undefined) ?? [],
  };
  const model = entry.get("model");
  const usage = entry.get("usage") as ThreadUsage | undefined;
  const error = entry.get("error");
  if (typeof model === "string") message.model = model;
  if (usage) message.usage = usage;
  if (typeof error === "string") message.error = error;
  return message;
}

const isStatus = (value: unknown): value is MessageStatus =>
  Object.values(MessageStatus).includes(value as MessageStatus);

/**
 * Adds a message at the end (SPEC D10) and drops the oldest beyond `THREAD_LIMIT` in the
 * same transaction (SPEC D11). An answer starts empty and `streaming`; its text is a
 * `Y.Text`, so each delta travels as a small update and shows live to others.
 * Answers the message's id.
 */
export function appendMessage(
  doc: Y.Doc,
  input: { role: ThreadRole; author: ThreadAuthor; content?: string; attachments?: string[]; id?: string },
  limit = THREAD_LIMIT,
): string {
  const id = input.id ?? newId();
  const entry = new Y.Map<unknown>();
  entry.set("id", id);
  entry.set("role", input.role);
  entry.set("author", { id: input.author.id, name: input.author.name });
  entry.set("createdAt", Date.now());
  if (input.attachments?.length) entry.set("attachments", [...input.attachments]);
  if (input.role === "assistant") {
    entry.set("content", new Y.Text(input.content ?? ""));
    entry.set("status", MessageStatus.Streaming);
  } else {
    entry.set("content", input.content ?? "");
    entry.set("status", MessageStatus.Done);
  }
  doc.transact(() => {
    const thread = threadOf(doc);
    thread.push([entry]);
    const over = thread.length - limit;
    if (over > 0) thread.delete(0, over);
  });
  return id;
}

function findEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  for (const entry of threadOf(doc)) if (entry.get("id") === id) return entry;
  return undefined;
}

/**
 * Adds streamed text to the end of an answer. False when the message is gone (the thread
 * was cleared or trimmed meanwhile): the caller stops writing, nothing is recreated.
 */
export function appendToMessage(doc: Y.Doc, id: string, text: string): boolean {
  const content = findEntry(doc, id)?.get("content");
  if (!(content instanceof Y.Text)) return false;
  content.insert(content.length, text);
  return true;
}

/** Ends an answer: its final status, and the model, usage or error when known (SPEC D10). */
export function finishMessage(
  doc: Y.Doc,
  id: string,
  end: { status: Exclude<MessageStatus, "streaming">; model?: string; usage?: ThreadUsage; error?: string },
): boolean {
  const entry = findEntry(doc, id);
  if (!entry) return false;
  doc.transact(() => {
    entry.set("status", end.status);
    if (end.model) entry.set("model", end.model);
    if (end.usage) entry.set("usage", { ...end.usage });
    if (end.error) entry.set("error", end.error);
  });
  return true;
}

/** Empties the thread for everyone (SPEC D12). */
export function clearThread(doc: Y.Doc): void {
  const thread = threadOf(doc);
  if (thread.length > 0) thread.delete(0, thread.length);
}
