import * as Y from "yjs";
import { metaOf } from "./fileTree.ts";

/** What a project is, for its preview and its deploys (SPEC D14). */
export const ProjectKind = {
  /** HTML, CSS, JS and assets as they are, with an optional built TS/JSX entry. */
  Static: "static",
  /** One module whose default export has a `fetch` handler. */
  Worker: "worker",
  /** A Worker plus static assets. */
  FullStack: "fullstack",
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];

export const PROJECT_KINDS: readonly ProjectKind[] = Object.values(ProjectKind);
const KINDS: readonly string[] = PROJECT_KINDS;

const deployField = (doc: Y.Doc, name: string): unknown => {
  const deploy = metaOf(doc).get("deploy");
  return deploy instanceof Y.Map ? deploy.get(name) : (deploy as Record<string, unknown> | undefined)?.[name];
};

/** The project's chosen kind in `meta.deploy.kind`, or null when detection decides (SPEC D14). */
export function readProjectKind(doc: Y.Doc): ProjectKind | null {
  const kind = deployField(doc, "kind");
  return typeof kind === "string" && KINDS.includes(kind) ? (kind as ProjectKind) : null;
}

/**
 * The Worker entry and assets folder `meta.deploy` names (`entry`, `assets`), read as
 * `@wove/deploy`'s `readDeploySettings` does: leading `./` and slashes trimmed, a field
 * of the wrong type ignored. Null when unset: detection decides.
 */
export function readKindPaths(doc: Y.Doc): { entry: string | null; assets: string | null } {
  const entry = deployField(doc, "entry");
  const assets = deployField(doc, "assets");
  return {
    entry: typeof entry === "string" && entry ? trimSlashes(entry) : null,
    assets: typeof assets === "string" ? trimSlashes(assets) : null,
  };
}

const trimSlashes = (path: string) => path.replace(/^\.?\/+|\/+$/g, "");

/**
 * Sets or clears (null) the project's kind. `meta.deploy` is a Y.Map so that two people
 * setting different deploy fields at once both keep theirs; a plain object written by an
 * older client is turned into one, its fields kept.
 */
export function writeProjectKind(doc: Y.Doc, kind: ProjectKind | null): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    let deploy = meta.get("deploy");
    if (!(deploy instanceof Y.Map)) {
      const fields = deploy && typeof deploy === "object" ? Object.entries(deploy) : [];
      deploy = new Y.Map<unknown>(fields);
      meta.set("deploy", deploy);
    }
    const settings = deploy as Y.Map<unknown>;
    if (kind) settings.set("kind", kind);
    else settings.delete("kind");
  });
}
