import type { z } from "zod";

export type CheckedArgs<T> = { ok: true; args: T } | { ok: false; problems: string[] };

/**
 * Checks a tool call's arguments against its schema and words each problem as the model
 * can act on it, located the way it wrote the arguments: `edits[1].find: required`. Zod's
 * own wording ("Invalid input: expected string, received undefined") says the same less
 * plainly; messages the schemas set themselves are kept as they are.
 */
export function checkArgs<T extends z.ZodType>(schema: T, value: unknown): CheckedArgs<z.output<T>> {
  const result = schema.safeParse(value, { error: inWords });
  if (result.success) return { ok: true, args: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) =>
      issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
    ),
  };
}

const inWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.input === undefined) return "required";
  return `expected ${withArticle(issue.expected)}, got ${kindOf(issue.input)}`;
};

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`))
    .join("");
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return withArticle(typeof value);
}
