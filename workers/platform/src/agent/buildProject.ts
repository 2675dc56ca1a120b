import { buildSite, readDeploySettings, sha256Hex, type Build, type SourceFiles } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { lazyBundler } from "../deploys/lazyBundler.ts";
import { resolvePackages } from "../deploys/resolvePackages.ts";

export type ProjectBuild =
  | { ok: true; build: Build; log: string[] }
  | {
      ok: false;
      /** `file:line:column: message` lines (esbuild's), or the reason in words. */
      errors: string[];
      log: string[];
    };

/**
 * The agent's `run_build`: the project as its room holds it now, built exactly as a deploy
 * builds it (packages resolved as deploys and the preview resolve them, `buildSite` with
 * esbuild-wasm), but nothing is stored or uploaded. Binary files count by name only: a build
 * never reads their bytes, and the preview check answers their status, not their content.
 */
export async function buildProject(env: Bindings, projectId: string): Promise<ProjectBuild> {
  const room = await env.ROOMS.getByName(projectId).snapshotFiles();
  const encoder = new TextEncoder();
  const entries = await Promise.all(
    room.files.map(async ({ path, text, blob }) => {
      const bytes = encoder.encode(text ?? "");
      return [path, { hash: blob?.hash ?? (await sha256Hex(bytes)), bytes }] as const;
    }),
  );
  const files: SourceFiles = new Map(entries);
  const log: string[] = [];
  const packages = await resolvePackages(env, projectId, files, { log: (line) => log.push(line) });
  if (!packages) return { ok: false, errors: log.filter((line) => line.startsWith("Build failed")), log };
  const result = await buildSite(lazyBundler, files, readDeploySettings(JSON.parse(room.deploySettingsJson)), packages);
  log.push(...result.log);
  if (result.ok) return { ok: true, build: result.build, log };
  const failed = result.log.findIndex((line) => line.startsWith("Build failed"));
  const errors = result.log.slice(failed).filter((line) => line !== "Build failed:");
  return { ok: false, errors: errors.length ? errors : result.log.slice(-1), log };
}
