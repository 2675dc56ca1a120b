import type { ToolCall } from "@wove/ai";
import type { AgentTool } from "./AgentTool.ts";
import { agentToolSchemas } from "./agentToolSchemas.ts";
import type { AgentToolName } from "./agentToolSpecs.ts";
import { checkArgs } from "./checkArgs.ts";

export type ParsedToolCall = { ok: true; tool: AgentTool } | { ok: false; error: string };

/** How much of arguments that are not JSON the model is shown back, to see where it went wrong. */
const SHOWN_CHARS = 200;

const names = Object.keys(agentToolSchemas) as AgentToolName[];

/**
 * A call the model made, checked against the tool's contract and typed by its name; or why
 * it cannot run, worded for the model, which reads the error as the call's result and can
 * correct itself: what was wrong, where, and what would be accepted.
 */
export function parseToolCall(call: ToolCall, limits: { maxFileBytes: number }): ParsedToolCall {
  if (!isToolName(call.name)) {
    return fail(`There is no tool "${call.name}". The tools are: ${names.join(", ")}.`);
  }
  const value = readArguments(call.arguments);
  if (typeof value === "string") {
    return fail(
      `The arguments for ${call.name} were not valid JSON, so it did not run. They began: ${shorten(value)}\n` +
        `Send them again as one JSON object.`,
    );
  }
  if (!isJsonObject(value)) {
    return fail(`The arguments for ${call.name} must be a JSON object, not ${shorten(JSON.stringify(value))}.`);
  }
  const checked = checkArgs(agentToolSchemas[call.name], value);
  if (!checked.ok) {
    return fail(
      `The arguments for ${call.name} were refused, so it did not run: ${checked.problems.join("; ")}. ` +
        `Correct them and call ${call.name} again.`,
    );
  }
  // The schema lookup is by the same name, so the pair is one member of the union.
  const tool = { name: call.name, args: checked.args } as AgentTool;
  if (tool.name === "write_file") {
    const bytes = new TextEncoder().encode(tool.args.content).byteLength;
    if (bytes > limits.maxFileBytes) {
      return fail(
        `write_file refused ${tool.args.path}: its content is ${bytes} bytes (UTF-8) and a file may be at most ` +
          `${limits.maxFileBytes} bytes. Split it into smaller files.`,
      );
    }
  }
  return { ok: true, tool };
}

function isToolName(name: string): name is AgentToolName {
  return Object.hasOwn(agentToolSchemas, name);
}

/**
 * The arguments as a value, or the text that is not JSON. A string is what the adapters
 * hand over when the model's JSON did not parse; it may also be JSON encoded twice, which
 * some models write, and then it is the object inside.
 */
function readArguments(value: unknown): unknown {
  // A tool without arguments may come with none at all.
  if (value === undefined || value === null) return {};
  if (typeof value !== "string") return value;
  try {
    const inner: unknown = JSON.parse(value);
    return isJsonObject(inner) ? inner : value;
  } catch {
    return value;
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shorten(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

function fail(error: string): ParsedToolCall {
  return { ok: false, error };
}
