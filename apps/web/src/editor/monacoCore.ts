/**
 * The part of Monaco that shows and edits a file: the editor API (typing, selections,
 * clipboard, undo), the grammars `languageFor` can answer, and the TypeScript,
 * JavaScript, JSON, CSS and HTML language services. The editor features (find, folding,
 * suggestions, hovers...) are a third of Monaco's code and add to every editor's
 * creation, so they come after the first file is on screen (`monaco.ts`). Only
 * `loadMonaco` imports this module, dynamically, so none of it reaches the app's entry chunk.
 *
 * The language services are here, not with the features: each registers for its
 * languages with `onLanguage`, which fires once, when the first model of that language is
 * made, so one registered after the first file opened would never start.
 *
 * The paths are monaco-editor >= 0.56's supported entry points; its `exports` map
 * (`"./*": "./esm/vs/*.js"`) no longer reaches `monaco-editor/esm/...`.
 */
import * as api from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/css/register";
import "monaco-editor/languages/definitions/dockerfile/register";
import "monaco-editor/languages/definitions/go/register";
import "monaco-editor/languages/definitions/html/register";
import "monaco-editor/languages/definitions/ini/register";
import "monaco-editor/languages/definitions/javascript/register";
import "monaco-editor/languages/definitions/less/register";
import "monaco-editor/languages/definitions/markdown/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/rust/register";
import "monaco-editor/languages/definitions/scss/register";
import "monaco-editor/languages/definitions/shell/register";
import "monaco-editor/languages/definitions/sql/register";
import "monaco-editor/languages/definitions/typescript/register";
import "monaco-editor/languages/definitions/xml/register";
import "monaco-editor/languages/definitions/yaml/register";
import "monaco-editor/languages/features/css/register";
import "monaco-editor/languages/features/html/register";
import "monaco-editor/languages/features/json/register";
import {
  javascriptDefaults,
  JsxEmit,
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register";
import { watchServicesStart } from "./lateServices.ts";
import { registerJsxTokens } from "./registerJsxTokens.ts";

// Projects are modern browser code with JSX; without `jsx` every .tsx file is red.
const compilerOptions = {
  target: ScriptTarget.ESNext,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  lib: ["esnext", "dom", "dom.iterable"],
  jsx: JsxEmit.ReactJSX,
  allowJs: true,
  allowNonTsExtensions: true,
  allowImportingTsExtensions: true,
  allowSyntheticDefaultImports: true,
  esModuleInterop: true,
  isolatedModules: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
  strict: true,
  // A project's npm packages are not in the editor, so their types are `any`: an
  // implicit-any error on every JSX event handler would be noise, not help.
  noImplicitAny: false,
};

const diagnosticsOptions = {
  noSemanticValidation: false,
  noSyntaxValidation: false,
  // Errors that only say "this package's files are not here": true of every import
  // from npm in a browser editor, so they would drown the real ones.
  diagnosticCodesToIgnore: [
    2307, // Cannot find module 'x' or its corresponding type declarations.
    2792, // Cannot find module 'x'. Did you mean to set 'moduleResolution'...
    7016, // Could not find a declaration file for module 'x'.
    2875, // This JSX tag requires the module path 'react/jsx-runtime' to exist.
  ],
};

for (const defaults of [typescriptDefaults, javascriptDefaults]) {
  defaults.setCompilerOptions(compilerOptions);
  defaults.setDiagnosticsOptions(diagnosticsOptions);
  // Every open file's model goes to the worker, so imports between them resolve.
  defaults.setEagerModelSync(true);
}

registerJsxTokens(api);

// Before any editor: the features, loaded after the first one, add their services then.
watchServicesStart();

export const monaco = api;
