import type { FakeServer, FakeToolCall } from "../../packages/ai/src/test/startFakeServer.ts";

/**
 * Scripting the builder agent's model (the Anthropic fake) turn by turn: the platform's
 * environment pointing at the fake and nowhere else, tool calls with ids unique in the test
 * run, and a marker that ties a script to the run whose prompt carries it.
 */
export function agentPlatformEnv(fake: FakeServer): Record<string, string> {
  const unreachable = "http://127.0.0.1:9";
  return {
    ANTHROPIC_API_KEY: "test-anthropic-key",
    ANTHROPIC_BASE_URL: fake.baseUrl,
    OPENAI_API_KEY: "",
    GOOGLE_API_KEY: "",
    LOCAL_AI_BASE_URL: "",
    LOCAL_AI_MODEL: "",
    OPENAI_BASE_URL: unreachable,
    GOOGLE_BASE_URL: unreachable,
  };
}

let calls = 0;

/** One tool call of a scripted answer. */
export const call = (name: string, args: unknown): FakeToolCall => ({
  id: `toolu_${++calls}`,
  name,
  arguments: JSON.stringify(args),
});

/** One model turn: a line of text and these tool calls. */
export const turn = (...toolCalls: FakeToolCall[]) => ({
  kind: "answer" as const,
  chunks: ["Working on it."],
  toolCalls,
});

/** A marker for a run's prompt, for `fake.nextMatching`. */
export const marker = () => `[e2e ${crypto.randomUUID()}]`;
