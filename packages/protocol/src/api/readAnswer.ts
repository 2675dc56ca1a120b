import type * as z from "zod/mini";

/** Any of the wire schemas, and what it reads: so clients name them without depending on zod. */
export type WireSchema = z.ZodMiniType;
export type WireOutput<S extends WireSchema> = z.output<S>;

export type AnswerReading<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Reads an API answer with its wire schema. A mismatch is a value naming each field that
 * did not fit (`can.deploy: expected boolean, received undefined`), so the client can say
 * the server and this page disagree instead of rendering what it guessed.
 */
export function readAnswer<S extends z.ZodMiniType>(schema: S, body: unknown): AnswerReading<z.output<S>> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const problem = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "the answer"}: ${describeIssue(issue)}`)
    .join("; ");
  return { ok: false, problem };
}

/** zod/mini carries no messages (its locales are not bundled): the issue says what was expected. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return `expected ${issue.expected}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_union") return "matches none of the answers this route gives";
  return issue.message;
}
