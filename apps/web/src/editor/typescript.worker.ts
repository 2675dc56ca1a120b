/**
 * Monaco's TypeScript worker (for TS and JS files alike), with one method more:
 * `getJsxClassifications`, the JSX parts of a file as TypeScript's own parser reads them,
 * for jsxTokens.ts to colour. Monaco's grammar for TypeScript is a Monarch tokenizer that
 * knows nothing of JSX, so the text of `<p>Click from here</p>` came out as keywords; only
 * a parser tells JSX text from code, and the worker has TypeScript's.
 *
 * This is Monaco's documented way to extend its worker: import the stock one, then answer
 * the first message with `initialize` over a subclass (the stock module's own handler,
 * set when it is imported, is replaced before any message arrives).
 */
import { initialize, TypeScriptWorker } from "monaco-editor/language/typescript/ts.worker";
import { JSX_CLASSIFICATIONS } from "./jsxSemanticTokens.ts";

class TypeScriptWorkerWithJsx extends TypeScriptWorker {
  /**
   * `[start, length, classification]` triples, in order, of the file's JSX tag names,
   * attributes, attribute strings and text (TypeScript's `ClassificationType`s).
   */
  async getJsxClassifications(fileName: string): Promise<number[]> {
    const length = this.getScriptSnapshot(fileName)?.getLength() ?? 0;
    const { spans } = this.getLanguageService().getEncodedSyntacticClassifications(fileName, { start: 0, length });
    const jsx: number[] = [];
    for (let i = 0; i + 2 < spans.length; i += 3) {
      const [start, span, kind] = [spans[i] ?? 0, spans[i + 1] ?? 0, spans[i + 2] ?? 0];
      if (JSX_CLASSIFICATIONS.has(kind)) jsx.push(start, span, kind);
    }
    return Promise.resolve(jsx);
  }
}

self.onmessage = () => {
  initialize((ctx, createData) => new TypeScriptWorkerWithJsx(ctx, createData));
};
