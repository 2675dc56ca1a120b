import { BUILTIN_INDEX, emptyLockfile, readLockfile, type Lockfile } from "@wove/npm";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";

/**
 * A file of the built-in packages, from the web app's assets (the same bytes the
 * browser's preview reads): the platform ships React, ReactDOM, scheduler and Preact, so
 * building with them needs no registry.
 */
export async function readBuiltin(env: Bindings, assetPath: string): Promise<Uint8Array> {
  const res = await env.ASSETS.fetch(new Request(new URL(assetPath, "https://assets.invalid")));
  if (!res.ok)
    throw new Error(`the platform's built-in ${assetPath} is missing (${res.status}): run \`npm run build\``);
  return new Uint8Array(await res.arrayBuffer());
}

let index: Promise<Lockfile> | undefined;

/**
 * The built-ins' lockfile (`/npm-builtin/index.json`), read once per isolate. Without it
 * (the web app not built) there are no built-ins: the log says so, and packages come from
 * the registry.
 */
export function readBuiltins(env: Bindings): Promise<Lockfile> {
  index ??= readBuiltin(env, BUILTIN_INDEX).then(
    (bytes) => {
      const read = readLockfile(new TextDecoder().decode(bytes));
      if (!read.ok) throw new Error(read.error);
      return read.lock;
    },
    (err: unknown) => {
      logError("npm: no built-in packages", err);
      index = undefined;
      return emptyLockfile();
    },
  );
  return index;
}
