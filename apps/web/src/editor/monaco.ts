/**
 * Monaco as Wove bundles it: `monacoCore.ts` (the editor API, the grammars and the
 * language services) and every editor feature (find, folding, suggestions, hovers,
 * context menu...). An editor made before this module ran lacks them (Monaco reads its
 * features when an editor is created): EditorController moves the file into a new one.
 */
export { monaco } from "./monacoCore.ts";
import "monaco-editor/features/register.all";
