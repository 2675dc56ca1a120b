/**
 * Monaco as Wove bundles it: `monacoCore.ts` (the editor API, the grammars and the
 * language services) and every editor feature (find, folding, suggestions, hovers,
 * context menu...). An editor made before this module ran lacks them (Monaco reads its
 * features when an editor is created): EditorController moves the file into a new one.
 * The features' services come to Monaco's running services here (lateServices.ts).
 */
export { monaco } from "./monacoCore.ts";
import "monaco-editor/features/register.all";
// What Monaco's language modes (tsMode, cssMode...) import when a language's first model
// is made: the same features plus a few (document semantic tokens, paste providers).
// Imported here, a mode loading after this module registers nothing new, so nothing
// comes after addLateServices below; one loading before it is covered by it.
import "monaco-editor/internal/common/workers";
import { addLateServices } from "./lateServices.ts";

// The features register services Monaco started without (the first editor came first).
addLateServices();
