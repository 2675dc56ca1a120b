import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { projectSchema } from "@wove/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { api } from "./api.ts";
import { ApiRequestError } from "./ApiRequestError.ts";

// A real server on a free port answering each path with the body it names.
const answers: Record<string, unknown> = {
  "/good": fakeProject("p1", "u1"),
  "/without-can": { ...fakeProject("p1", "u1"), can: undefined },
};
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(answers[req.url ?? ""] ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("api", () => {
  it("answers the body parsed with the route's wire schema", async () => {
    const project = await api(`${origin}/good`, { schema: projectSchema });
    expect(project).toEqual(fakeProject("p1", "u1"));
  });

  it("refuses an answer that does not fit, naming the field, instead of handing it on", async () => {
    const failure = await api(`${origin}/without-can`, { schema: projectSchema }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 200, code: "bad_answer", details: { problem: "can: expected object" } });
    expect((failure as Error).message).toMatch(
      /^The server's answer to GET .*\/without-can is not what this page expects/,
    );
  });
});
