import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { editor, languages } from "monaco-editor/editor/editor.api";
import { getJavaScriptWorker, getTypeScriptWorker } from "monaco-editor/languages/features/typescript/register";
import { encodeJsxTokens, JSX_TOKEN_LEGEND } from "./jsxSemanticTokens.ts";

/** What typescript.worker.ts adds to Monaco's TypeScript worker. */
interface JsxWorker {
  getJsxClassifications(fileName: string): Promise<number[]>;
}

const JSX_FILE = /\.[jt]sx$/i;

/**
 * Colours JSX in .tsx and .jsx files from TypeScript's parser (in the worker): text as
 * text, tags and attributes as HTML's (see jsxSemanticTokens.ts). Semantic tokens paint
 * over the grammar's, and only where they are, so the rest of the file keeps its colours.
 */
export function registerJsxTokens(monaco: typeof MonacoApi): void {
  const provider: languages.DocumentSemanticTokensProvider = {
    getLegend: () => JSX_TOKEN_LEGEND,
    provideDocumentSemanticTokens: async (model: editor.ITextModel) => {
      if (!JSX_FILE.test(model.uri.path)) return null;
      const getWorker = model.getLanguageId() === "typescript" ? getTypeScriptWorker : getJavaScriptWorker;
      const worker = (await (await getWorker())(model.uri)) as unknown as JsxWorker;
      const version = model.getVersionId();
      const triples = await worker.getJsxClassifications(model.uri.toString());
      // Offsets into a text that has changed since would colour the wrong characters;
      // Monaco asks again after a change.
      if (model.isDisposed() || model.getVersionId() !== version) return null;
      return { data: encodeJsxTokens(model.getValue(), triples) };
    },
    releaseDocumentSemanticTokens: () => undefined,
  };
  for (const language of ["typescript", "javascript"]) {
    monaco.languages.registerDocumentSemanticTokensProvider(language, provider);
  }
}
