/**
 * Structured logs: one JSON object per line, which `wrangler tail` and Workers Logs index.
 * Never pass secrets or full connection strings in `context`.
 */
export function logError(message: string, err: unknown, context: Record<string, unknown> = {}): void {
  const error =
    err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { value: String(err) };
  console.error(JSON.stringify({ level: "error", message, ...context, error }));
}

export function logInfo(message: string, context: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: "info", message, ...context }));
}
