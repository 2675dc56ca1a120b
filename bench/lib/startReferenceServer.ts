import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { getFreePort } from "../../scripts/lib/getFreePort.ts";
import type { RoomServer } from "./RoomServer.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = fileURLToPath(new URL("./runReferenceServer.ts", import.meta.url));

/**
 * The reference server in its own Node process, as ours runs in its own (workerd), so
 * neither shares an event loop with the benchmark's clients.
 */
export async function startReferenceServer(): Promise<RoomServer> {
  const port = await getFreePort();
  const child = spawn(process.execPath, ["--import", "tsx", entry, String(port)], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  let output = "";
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reference server did not start:\n${output}`)), 30_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("listening")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`reference server exited (code ${code}):\n${output}`));
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  let rooms = 0;
  return {
    createRoom: async () => {
      const roomName = `bench-${++rooms}`;
      return { address: async () => ({ serverUrl: `ws://127.0.0.1:${port}`, roomName, params: {} }) };
    },
    stop,
  };
}
