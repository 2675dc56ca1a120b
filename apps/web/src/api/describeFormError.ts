import type { ApiRequestError } from "./ApiRequestError.ts";

export interface FormErrorView {
  /** Shown above the form; null when there is nothing to show. */
  summary: string | null;
  /** Messages for the form's own fields, by field name. */
  fields: Record<string, string>;
}

const NONE: FormErrorView = { summary: null, fields: {} };

/**
 * Splits an API error into messages next to the form's fields and one summary. A
 * `validation_failed` error's `details` lists `{path, message}`; failures for fields the
 * form shows go beside them, and the rest into the summary, so no message is lost.
 */
export function describeFormError(error: ApiRequestError | null, formFields: readonly string[]): FormErrorView {
  if (!error) return NONE;
  const issues = readIssues(error.details);
  if (issues.length === 0) return { summary: error.message, fields: {} };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const { path, message } of issues) {
    const field = path.split(".")[0] ?? "";
    if (formFields.includes(field)) fields[field] ??= message;
    else rest.push(path ? `${path}: ${message}` : message);
  }
  const count = Object.keys(fields).length;
  const summary =
    rest.length > 0 ? rest.join(" ") : `Fix the ${count === 1 ? "field" : `${count} fields`} marked below.`;
  return { summary, fields };
}

function readIssues(details: unknown): Array<{ path: string; message: string }> {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    if (typeof message !== "string") return [];
    return [{ path: typeof path === "string" ? path : "", message }];
  });
}
