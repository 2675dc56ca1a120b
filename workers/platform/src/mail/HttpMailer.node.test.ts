import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { HttpMailer } from "./HttpMailer.ts";

// Runs in Node (the unit project): a real HTTP server plays the email provider.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function startProvider(status: number) {
  const received: Array<{ headers: IncomingMessage["headers"]; body: unknown }> = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ id: "email_1" }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/emails`, received };
}

describe("HttpMailer", () => {
  it("posts the message as JSON with the Bearer key and the configured sender", async () => {
    const provider = await startProvider(200);
    const mailer = new HttpMailer({ url: provider.url, apiKey: "re_secret", from: "Wove <hello@wove.test>" });
    await mailer.send({ to: "a@example.com", subject: "Hi", text: "Hello" });
    expect(provider.received).toHaveLength(1);
    expect(provider.received[0]?.headers.authorization).toBe("Bearer re_secret");
    expect(provider.received[0]?.body).toEqual({
      from: "Wove <hello@wove.test>",
      to: "a@example.com",
      subject: "Hi",
      text: "Hello",
    });
  });

  it("throws with the provider's status when it refuses, without echoing the key", async () => {
    const provider = await startProvider(422);
    const mailer = new HttpMailer({ url: provider.url, apiKey: "re_secret", from: "x@wove.test" });
    const error = await mailer.send({ to: "a@example.com", subject: "Hi", text: "Hello" }).catch((e: unknown) => e);
    expect(String(error)).toContain("HTTP 422");
    expect(String(error)).not.toContain("re_secret");
  });
});
