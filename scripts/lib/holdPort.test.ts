import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { holdPort } from "./holdPort.ts";

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

describe("holdPort", () => {
  it("keeps anyone else off the port until released, then lets it be bound", async () => {
    const held = await holdPort();
    const other = createServer();
    await expect(listen(other, held.port)).rejects.toMatchObject({ code: "EADDRINUSE" });
    await held.release();
    await held.release();
    const owner = createServer();
    await listen(owner, held.port);
    await new Promise<void>((resolve) => owner.close(() => resolve()));
  });
});
