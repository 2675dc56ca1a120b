/**
 * Server-sent events as they arrive in chunks: `push` takes the next piece of text and
 * answers the `data` of every event it completed. An event ends at a blank line; its
 * `data:` lines join with "\n"; comments (`:`) and other fields are ignored; CRLF and CR
 * line ends are accepted, as the SSE spec says.
 */
export class SseParser {
  #buffer = "";
  #data: string[] = [];

  push(chunk: string): string[] {
    this.#buffer += chunk;
    const events: string[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      // A lone CR at the end may be the first half of a CRLF: wait for the next chunk.
      if (!match || (match[0] === "\r" && match.index === this.#buffer.length - 1)) break;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      if (line === "") {
        if (this.#data.length > 0) events.push(this.#data.join("\n"));
        this.#data = [];
      } else if (line.startsWith("data:")) {
        this.#data.push(line.slice(line[5] === " " ? 6 : 5));
      }
    }
    return events;
  }
}
