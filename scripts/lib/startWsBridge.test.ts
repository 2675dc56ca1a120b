import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startWsBridge, type WsBridge } from "./startWsBridge.ts";

let bridge: WsBridge | undefined;
let server: Server | undefined;
const accepted = new Set<Socket>();
afterEach(async () => {
  await bridge?.stop();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** A real TCP server that answers every chunk with the same bytes upper-cased. */
async function startShoutServer(): Promise<{ host: string; port: number }> {
  server = createServer((socket) => {
    accepted.add(socket);
    socket.on("close", () => accepted.delete(socket));
    socket.on("data", (chunk) => socket.write(chunk.toString().toUpperCase()));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no address");
  return { host: "127.0.0.1", port: address.port };
}

function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

describe("startWsBridge", () => {
  it("pipes binary frames to the target's TCP socket and back", async () => {
    const target = await startShoutServer();
    bridge = await startWsBridge({ target });
    const ws = await open(`ws://${bridge.address}/v2?address=${target.host}:${target.port}`);
    const reply = new Promise<string>((resolve) => ws.once("message", (data: Buffer) => resolve(data.toString())));
    ws.send(Buffer.from("select 1"));
    expect(await reply).toBe("SELECT 1");
    ws.close();
  });

  it("refuses to forward anywhere but its target", async () => {
    const target = await startShoutServer();
    bridge = await startWsBridge({ target });
    const ws = await open(`ws://${bridge.address}/v2?address=127.0.0.1:22`);
    const [code, reason] = await new Promise<[number, string]>((resolve) =>
      ws.once("close", (c: number, r: Buffer) => resolve([c, r.toString()])),
    );
    expect(code).toBe(1008);
    expect(reason).toContain(`${target.host}:${target.port}`);
  });

  it("closes the WebSocket when the target goes away", async () => {
    const target = await startShoutServer();
    bridge = await startWsBridge({ target });
    const ws = await open(`ws://${bridge.address}/v2?address=${target.host}:${target.port}`);
    ws.send(Buffer.from("hello"));
    await new Promise((resolve) => ws.once("message", resolve));
    const closed = new Promise((resolve) => ws.once("close", resolve));
    for (const socket of accepted) socket.destroy();
    await closed;
  });
});
