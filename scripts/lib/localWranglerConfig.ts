import { isAbsolute, join } from "node:path";

/**
 * wrangler.toml for this machine's `npm start`: the same file, with `secrets.required`
 * widened to every secret the launcher passes. wrangler dev loads only the listed names from
 * its env file once `[secrets]` is declared, so the optional ones (AI keys, GitHub sign-in,
 * email delivery, the AI keys secret) would silently never reach the Worker. The copy lives
 * in the data folder, so its relative paths (`main`, the assets `directory`) are made absolute
 * against `root`, the folder of the real file.
 */
export function localWranglerConfig(toml: string, root: string, secretNames: readonly string[]): string {
  const required = /^required[ \t]*=[ \t]*\[([^\]]*)\][ \t]*$/m;
  const match = required.exec(toml);
  if (!match) throw new Error("wrangler.toml has no `required = [...]` line under [secrets]");
  const listed = [...(match[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
  // A name declared under [vars] stays a var: listing it as a secret too would bind it twice.
  const isVar = (name: string) => new RegExp(`^${name}[ \\t]*=`, "m").test(toml);
  const names = [...new Set([...listed, ...secretNames.filter((name) => !isVar(name))])];
  return toml
    .replace(required, `required = [${names.map((name) => JSON.stringify(name)).join(", ")}]`)
    .replace(/^(main|directory)[ \t]*=[ \t]*"([^"]+)"[ \t]*$/gm, (line, key: string, path: string) =>
      isAbsolute(path) ? line : `${key} = ${JSON.stringify(join(root, path))}`,
    );
}
