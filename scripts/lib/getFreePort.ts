import { holdPort } from "./holdPort.ts";

/** Asks the OS for a free loopback port, and leaves it free (holdPort keeps it instead). */
export async function getFreePort(host = "127.0.0.1"): Promise<number> {
  const held = await holdPort(host);
  await held.release();
  return held.port;
}
