import type { ModelRequest } from "../ModelRequest.ts";
import type { ToolSpec } from "../ToolSpec.ts";
import type { FakeToolCall } from "./startFakeServer.ts";

/** Two of the builder agent's tools, with JSON-schema arguments as it will declare them. */
export const tools: ToolSpec[] = [
  {
    name: "read_file",
    description: "Read a file of the project",
    parameters: {
      type: "object",
      properties: { path: { type: "string", description: "Path from the project root" } },
      required: ["path"],
      additionalProperties: false,
    },
  },
  { name: "run_build", description: "Build the project", parameters: { type: "object", properties: {} } },
];

export const readCall: FakeToolCall = {
  id: "call_read",
  name: "read_file",
  arguments: '{"path": "src/app.ts", "note": "quotes \\" and ünïcode"}',
};
export const readArguments = { path: "src/app.ts", note: 'quotes " and ünïcode' };
export const buildCall: FakeToolCall = { id: "call_build", name: "run_build", arguments: "{}" };

/** A request offering the tools, after one plain exchange. */
export const toolRequest = (model: string): ModelRequest => ({
  model,
  system: "You build apps.",
  messages: [{ role: "user", content: "Fix the build" }],
  maxOutputTokens: 256,
  tools,
  toolChoice: "auto",
});

/** The next request of an agent loop: the assistant's calls, then their results, one failed. */
export const toolResultRequest = (model: string): ModelRequest => ({
  ...toolRequest(model),
  messages: [
    { role: "user", content: "Fix the build" },
    {
      role: "assistant",
      content: "Reading it first.",
      toolCalls: [
        { id: "call_read", name: "read_file", arguments: { path: "src/app.ts" } },
        { id: "call_build", name: "run_build", arguments: {} },
      ],
    },
    { role: "tool", toolCallId: "call_read", name: "read_file", content: "export const app = 1;" },
    { role: "tool", toolCallId: "call_build", name: "run_build", content: "1 error in src/app.ts", isError: true },
  ],
});
