import type { Build, BuildResult, BuiltFile } from "./Build.ts";
import { buildPageScripts } from "./buildPageScripts.ts";
import { bundleModule, type Bundler } from "./bundleModule.ts";
import { contentTypeOf } from "./contentTypeOf.ts";
import type { DeploySettings } from "./DeploySettings.ts";
import type { ProjectPackages } from "@wove/npm";
import { detectKind } from "@wove/protocol";
import { sha256Hex } from "./sha256Hex.ts";
import type { SourceFiles } from "./Snapshot.ts";

/**
 * Turns a snapshot's files into what a site serves: the static files under their URL
 * paths (dotfiles left out, TypeScript and JSX page scripts built by `buildPageScripts`)
 * and, for a Worker, its bundle, both importing npm packages from `packages` (as
 * `resolveProject` locked them). A bundling error fails the build with esbuild's
 * messages, file and line first.
 */
export async function buildSite(
  bundler: Bundler,
  files: SourceFiles,
  settings: DeploySettings,
  packages?: ProjectPackages,
): Promise<BuildResult> {
  const detection = detectKind([...files.keys()], settings);
  const log = [`Detected a ${detection.kind} project (${detection.reason})`];
  const build: Build = { detection, files: staticFiles(files, detection.assetsDir) };
  if (detection.assetsDir !== undefined) {
    log.push(
      `${build.files.length} static file(s) from ${detection.assetsDir ? `${detection.assetsDir}/` : "the project root"}`,
    );
    const pages = await buildPageScripts(bundler, files, build.files, detection.assetsDir, packages);
    log.push(...pages.log);
    if (!pages.ok) return { ok: false, log };
    build.files = pages.files;
  }
  if (detection.entry) {
    if (!files.has(detection.entry))
      return { ok: false, log: [...log, `Build failed: the entry ${detection.entry} does not exist`] };
    log.push(`Bundling ${detection.entry}`);
    const bundled = await bundleModule(bundler, files, detection.entry, "worker", packages);
    if (!bundled.ok) return { ok: false, log: [...log, "Build failed:", ...bundled.errors] };
    log.push(...bundled.warnings.map((warning) => `warning: ${warning}`));
    const code = new TextEncoder().encode(bundled.code);
    build.worker = { code, hash: await sha256Hex(code), size: code.byteLength };
    log.push(`Bundled the Worker: ${code.byteLength} bytes`);
    if (settings.network) {
      log.push("The project asks for network access (meta.deploy.network); only the owner grants it, in Site settings");
    }
  }
  return { ok: true, build, log };
}

function staticFiles(files: SourceFiles, assetsDir: string | undefined): BuiltFile[] {
  if (assetsDir === undefined) return [];
  const prefix = assetsDir ? `${assetsDir}/` : "";
  const served: BuiltFile[] = [];
  for (const [path, { hash, bytes }] of files) {
    if (!path.startsWith(prefix)) continue;
    const relative = path.slice(prefix.length);
    if (relative.split("/").some((segment) => segment.startsWith("."))) continue;
    served.push({ urlPath: `/${relative}`, hash, size: bytes.byteLength, type: contentTypeOf(relative), bytes });
  }
  return served;
}
