/** The response, calling `close` once its body has been sent (or dropped): a request's subrequest budget lasts that long. */
export function closingWithBody(response: Response, close: () => void): Response {
  // A WebSocket upgrade (101) carries its socket, not a body, and cannot be rebuilt.
  if (!response.body || response.webSocket) {
    close();
    return response;
  }
  const { readable, writable } = new TransformStream();
  response.body
    .pipeTo(writable)
    .catch(() => {})
    .finally(close);
  return new Response(readable, response);
}
