/**
 * Structured logs: one JSON object per line, which `wrangler tail` and Workers Logs index.
 * Error messages from drivers can quote a connection string, so credentials in URLs are
 * masked before anything is written.
 */
export function logError(message: string, err: unknown, context: Record<string, unknown> = {}): void {
  const error =
    err instanceof Error
      ? { name: err.name, message: redact(err.message), stack: err.stack && redact(err.stack) }
      : { value: redact(String(err)) };
  console.error(JSON.stringify({ level: "error", message, ...context, error }));
}

export function logInfo(message: string, context: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: "info", message, ...context }));
}

/** Masks `user:password@` in any URL in `text`. */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(:[^\s/@]*)?@/gi, "$1***@");
}
