import { filesOf, metaOf, readKindPaths, readProjectKind } from "@wove/protocol";
import { useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { buildPreview, type PreviewBuild } from "./buildPreview.ts";
import { createRebuilder } from "./createRebuilder.ts";
import { detectProjectKind, type DetectedKind } from "./detectProjectKind.ts";
import type { PackageCaches } from "./previewPackages.ts";
import { readPreviewFiles } from "./readPreviewFiles.ts";

/** Quiet time after the last change before a rebuild. */
export const REBUILD_DELAY_MS = 300;

export type PreviewState = { status: "building"; last: PreviewBuild | null } | { status: "done"; build: PreviewBuild };

const readSettings = (doc: Y.Doc) => ({ kind: readProjectKind(doc), ...readKindPaths(doc) });

/** The project's kind, re-read when files come and go or the meta's deploy settings change. */
export function useDetectedKind(doc: Y.Doc, paths: ReadonlyMap<string, string>): DetectedKind {
  const [settings, setSettings] = useState(() => readSettings(doc));
  useEffect(() => {
    const update = () => setSettings(readSettings(doc));
    update();
    metaOf(doc).observeDeep(update);
    return () => metaOf(doc).unobserveDeep(update);
  }, [doc]);
  const { kind, entry, assets } = settings;
  // By value, not the object: a change to another meta field must not rebuild the preview.
  return useMemo(() => detectProjectKind([...paths.values()], { kind, entry, assets }), [paths, kind, entry, assets]);
}

/**
 * Rebuilds the preview while `active`: after any change to the document (debounced,
 * latest wins), and at once when the address or the kind changes.
 */
export function usePreview({
  doc,
  projectId,
  detected,
  address,
  reload,
  active,
}: {
  doc: Y.Doc;
  projectId: string;
  detected: DetectedKind;
  address: string;
  /** Bumped to build again with nothing changed. */
  reload: number;
  active: boolean;
}): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: "building", last: null });
  const caches = useRef({
    blobs: new Map<string, Promise<Uint8Array | null>>(),
    packages: { unpacked: new Map() } as PackageCaches,
  });
  useEffect(() => {
    if (!active) return;
    const rebuilder = createRebuilder({
      delayMs: REBUILD_DELAY_MS,
      build: async (): Promise<PreviewBuild> => {
        try {
          const files = await readPreviewFiles(doc, projectId, caches.current.blobs);
          return await buildPreview({
            files,
            detected,
            address,
            projectId,
            packageCaches: caches.current.packages,
          });
        } catch (error) {
          const text = `The preview could not build: ${error instanceof Error ? error.message : String(error)}`;
          return { ok: false, problems: [{ text, file: null, line: null, column: null }], ms: 0 };
        }
      },
      onStart: () => setState((s) => ({ status: "building", last: s.status === "done" ? s.build : s.last })),
      onResult: (build) => setState({ status: "done", build }),
    });
    const changed = () => rebuilder.schedule();
    filesOf(doc).observeDeep(changed);
    rebuilder.now();
    return () => {
      filesOf(doc).unobserveDeep(changed);
      rebuilder.dispose();
    };
  }, [doc, projectId, detected, address, reload, active]);
  return state;
}
