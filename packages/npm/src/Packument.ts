/** The part of a registry's package document (`GET <registry>/<name>`) resolution reads. */
export interface Packument {
  name: string;
  "dist-tags"?: Record<string, string>;
  versions: Record<string, PackumentVersion>;
}

export interface PackumentVersion {
  version: string;
  dist: { tarball: string; integrity?: string; shasum?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  scripts?: Record<string, string>;
  /** In abbreviated packuments, instead of `scripts`: an install script or a binding.gyp. */
  hasInstallScript?: boolean;
  gypfile?: boolean;
}
