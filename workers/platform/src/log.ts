/**
 * Structured logs: one JSON object per line, which `wrangler tail` and Workers Logs index.
 * Error messages from drivers can quote a connection string, so credentials in URLs are
 * masked before anything is written.
 */
export function logError(message: string, err: unknown, context: Record<string, unknown> = {}): void {
  console.error(JSON.stringify({ level: "error", message, ...context, error: describe(err) }));
}

/** An error as plain JSON, following `cause` (drivers wrap the error that matters). */
function describe(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: redact(String(err)) };
  const described: Record<string, unknown> = {
    name: err.name,
    message: redact(err.message),
    stack: err.stack && redact(err.stack),
  };
  if (err.cause !== undefined && depth < 3) described.cause = describe(err.cause, depth + 1);
  return described;
}

export function logInfo(message: string, context: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: "info", message, ...context }));
}

/** Masks `user:password@` in any URL in `text`. */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(:[^\s/@]*)?@/gi, "$1***@");
}
