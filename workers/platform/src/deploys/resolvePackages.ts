import type { SourceFiles } from "@wove/deploy";
import { LOCKFILE_PATH, resolveProject, type ProjectPackages } from "@wove/npm";
import type { Bindings } from "../AppEnv.ts";
import { packageSourceFor } from "../npm/packageSourceFor.ts";
import { readBuiltins } from "../npm/readBuiltin.ts";

/** Who the lockfile's edit is from, in the document's history. */
const LOCK_AUTHOR = "Wove deploys";

/**
 * The packages a deploy builds with: the snapshot's package.json and wove-lock.json
 * resolved as the preview resolves them (`resolveProject`). A lockfile resolution changed
 * is written back into the project through its room, like a collaborator's edit, so the
 * next deploy and every preview use the same versions. Null (the log says why) when the
 * packages cannot be resolved.
 */
export async function resolvePackages(
  env: Bindings,
  projectId: string,
  files: SourceFiles,
  run: { log: (line: string) => void },
): Promise<ProjectPackages | null> {
  const text = (path: string) => {
    const file = files.get(path);
    return file && new TextDecoder().decode(file.bytes);
  };
  const resolved = await resolveProject({
    packageJson: text("package.json"),
    lockText: text(LOCKFILE_PATH),
    builtins: await readBuiltins(env),
    source: packageSourceFor(env),
  });
  if (!resolved.ok) {
    run.log(`Build failed: ${resolved.error}`);
    return null;
  }
  for (const line of resolved.log) run.log(line);
  if (resolved.lockText !== null) {
    const written = await env.ROOMS.getByName(projectId).writeFiles(
      [{ path: LOCKFILE_PATH, text: resolved.lockText }],
      LOCK_AUTHOR,
    );
    run.log(
      written.errors.length
        ? `Could not update ${LOCKFILE_PATH}: ${written.errors.join("; ")}`
        : `Updated ${LOCKFILE_PATH}`,
    );
  }
  return resolved.packages;
}
