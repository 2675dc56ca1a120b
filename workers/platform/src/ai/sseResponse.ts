import type { AiEvent } from "@wove/ai";

const encoder = new TextEncoder();

/** One server-sent event: a `data:` line of JSON, then a blank line. */
export const writeSseEvent = (event: AiEvent) => encoder.encode(`data: ${JSON.stringify(event)}\n\n`);

/**
 * Streams AI events as `text/event-stream`, pulled one at a time so nothing is produced faster
 * than the client reads. When the client goes away (the runtime cancels the body) `onCancel`
 * aborts the provider call, and the events' own cleanup (usage accounting) is kept alive by
 * `waitUntil` since nobody is reading any more.
 */
export function sseResponse(
  events: AsyncGenerator<AiEvent>,
  { onCancel, waitUntil }: { onCancel: () => void; waitUntil: (promise: Promise<unknown>) => void },
): Response {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await events.next();
      // A pull in flight when the client left resolves afterwards, into a closed stream.
      if (cancelled) return;
      if (next.done) controller.close();
      else controller.enqueue(writeSseEvent(next.value));
    },
    cancel() {
      cancelled = true;
      onCancel();
      waitUntil(events.return(undefined));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      // Proxies that buffer (nginx) would hold every delta back until the answer is complete.
      "X-Accel-Buffering": "no",
    },
  });
}
