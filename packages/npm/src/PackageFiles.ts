/** One package's files, by path inside the package (`package.json`, `cjs/react.production.js`). */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;
