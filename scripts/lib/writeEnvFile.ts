import { chmodSync, writeFileSync } from "node:fs";

/**
 * A private env file for `wrangler dev --env-file`: secrets reach wrangler through it,
 * never the command line (where `ps` shows them). Single quotes: dotenv takes the value
 * literally (the room key is JSON, full of double quotes).
 */
export function writeEnvFile(path: string, vars: Record<string, string>): void {
  const lines = Object.entries(vars).map(([key, value]) => `${key}='${value}'`);
  writeFileSync(path, `${lines.join("\n")}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
