/**
 * Sends uncaught errors to the platform's logs (`POST /api/client-errors`), at most a few
 * per page load so an error in a loop cannot flood the API.
 */
const MAX_REPORTS_PER_PAGE = 5;

export function reportErrors(): void {
  let sent = 0;
  const send = (message: string, stack?: string) => {
    if (sent++ >= MAX_REPORTS_PER_PAGE || !navigator.onLine) return;
    const body = JSON.stringify({
      message: message.slice(0, 2_000),
      stack: stack?.slice(0, 16_000),
      url: location.href,
    });
    void fetch("/api/client-errors", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      keepalive: true,
    }).catch(
      // Reporting is best effort; a failure here must not raise another error.
      () => undefined,
    );
  };
  window.addEventListener("error", (event) =>
    send(event.message || "Error", (event.error as Error | undefined)?.stack),
  );
  window.addEventListener("unhandledrejection", (event) => {
    const reason: unknown = event.reason;
    send(reason instanceof Error ? reason.message : String(reason), reason instanceof Error ? reason.stack : undefined);
  });
}
