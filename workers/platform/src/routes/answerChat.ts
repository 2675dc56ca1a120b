import { type CompletionRequest, Task, type ToolCall, type ToolCallEvent } from "@wove/ai";
import type { Context } from "hono";
import { z } from "zod";
import { apiErrorForAi } from "../ai/apiErrorForAi.ts";
import { type ChatTask, chatInstructions } from "../ai/chatInstructions.ts";
import { enforceAiLimits } from "../ai/enforceAiLimits.ts";
import { meteredCompletion } from "../ai/meteredCompletion.ts";
import { readAiLimits } from "../ai/readAiLimits.ts";
import { ATTACHMENT_LIMITS, readProjectContext } from "../ai/readProjectContext.ts";
import { saveUsage } from "../ai/saveUsage.ts";
import { sseResponse } from "../ai/sseResponse.ts";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

const MAX_MESSAGES = 200;
const MAX_MESSAGE_CHARS = 100_000;
const path = z.string().min(1).max(1_024);
const MAX_TOOLS = 64;
const tool = z.strictObject({
  // The vendors' common rule for a function's name.
  name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "A tool's name is 1 to 64 letters, digits, _ or -"),
  description: z.string().max(4_000),
  /** A JSON Schema object, passed to the vendor as it is. */
  parameters: z.record(z.string(), z.unknown()),
});

export const answerChatSchema = z
  .object({
    messages: z
      .array(
        z.strictObject({
          role: z.enum(["user", "assistant"]),
          content: z.string().min(1, "A message cannot be empty").max(MAX_MESSAGE_CHARS),
        }),
      )
      .min(1, "Send at least the user's message")
      .max(MAX_MESSAGES, `At most ${MAX_MESSAGES} messages: start a new conversation`)
      .refine((messages) => messages.at(-1)?.role !== "assistant", "The last message must be the user's"),
    model: z.string().trim().min(1).max(200).default("auto"),
    task: z.enum(["chat", "edit", "plan"]).default("chat"),
    tier: z.enum(["fast", "strong"]).default("fast"),
    projectId: z.string().min(1).max(100).optional(),
    files: z
      .array(path)
      .max(ATTACHMENT_LIMITS.pinnedFiles, `At most ${ATTACHMENT_LIMITS.pinnedFiles} pinned files`)
      .optional(),
    currentFile: z.strictObject({ path, selection: z.string().max(MAX_MESSAGE_CHARS).optional() }).optional(),
    stream: z.boolean().default(true),
    tools: z.array(tool).min(1).max(MAX_TOOLS, `At most ${MAX_TOOLS} tools`).optional(),
    toolChoice: z.enum(["auto", "required", "none"]).optional(),
  })
  .refine((body) => body.projectId !== undefined || (body.files === undefined && body.currentFile === undefined), {
    message: "files and currentFile are read from a project: send its projectId too",
    path: ["projectId"],
  })
  // With tools the conversation goes to the model as it is, without the project's files (see
  // CompletionRequest.tools), so a project would be silently left out.
  .refine((body) => body.tools === undefined || body.projectId === undefined, {
    message: "tools are sent with the conversation only: leave out projectId",
    path: ["tools"],
  })
  .refine((body) => body.toolChoice === undefined || body.tools !== undefined, {
    message: "toolChoice needs tools",
    path: ["toolChoice"],
  });

type Input = { out: { json: z.output<typeof answerChatSchema> } };

const TASKS: Record<ChatTask, Task> = { chat: Task.Chat, edit: Task.CodeEdit, plan: Task.Plan };

/**
 * `POST /api/ai/chat`: answers a conversation, with the project's files as context when
 * `projectId` is given (the caller must be able to read the project). Streams AiEvents as
 * server-sent events, or with `stream: false` answers `{text, model, usage}` in one piece.
 * With `tools`, the model may answer with tool calls: `tool_call` events, or `toolCalls` in
 * the whole answer (running them, and sending results back, is the caller's).
 * Limits are checked before any provider is called; a client that goes away stops the call.
 */
export async function answerChat(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const body = c.req.valid("json");
  const project = body.projectId ? (await authorizeProject(c, Action.ReadProject, body.projectId)).project : null;
  const limits = readAiLimits(c.env);
  // The meter and the project's room are two round trips that need not wait for each other.
  const [config, files] = await Promise.all([
    enforceAiLimits({ env: c.env, userId: actor.userId, projectId: project?.id ?? null, choice: body.model, limits }),
    project ? readProjectContext(c.env.ROOMS.getByName(project.id), body) : {},
  ]);

  const controller = new AbortController();
  c.req.raw.signal.addEventListener("abort", () => controller.abort(), { once: true });
  const request: CompletionRequest = {
    task: TASKS[body.task],
    tier: body.tier,
    choice: body.model,
    context: { instructions: chatInstructions(body.task), conversation: body.messages, ...files },
    ...(body.tools ? { tools: body.tools } : {}),
    ...(body.toolChoice ? { toolChoice: body.toolChoice } : {}),
  };
  const deps = { config, signal: controller.signal, userId: actor.userId, projectId: project?.id ?? null };

  // The answer need not wait for its accounting (a round trip to the person's meter): the
  // stream ends, or the JSON goes, as soon as the model is done, and the rows follow.
  const saveLater = async (rows: Parameters<typeof saveUsage>[1]) => c.executionCtx.waitUntil(saveUsage(c.env, rows));
  if (body.stream) {
    const events = meteredCompletion(request, { ...deps, saveUsage: saveLater });
    return sseResponse(events, {
      onCancel: () => controller.abort(),
      waitUntil: (promise) => c.executionCtx.waitUntil(promise),
    });
  }
  let text = "";
  const toolCalls: ToolCall[] = [];
  for await (const event of meteredCompletion(request, { ...deps, saveUsage: saveLater })) {
    if (event.type === "delta") text += event.text;
    else if (event.type === "tool_call") toolCalls.push(withoutType(event));
    else if (event.type === "done") {
      return c.json({ text, ...(body.tools ? { toolCalls } : {}), model: event.model, usage: event.usage });
    } else if (event.type === "error") throw apiErrorForAi(event);
  }
  throw new Error("the AI stream ended without done or error");
}

function withoutType({ type: _type, ...call }: ToolCallEvent): ToolCall {
  return call;
}
