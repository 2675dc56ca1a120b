/*
 * Types for the Monaco modules that lateServices.ts and typescript.worker.ts import
 * (monaco-editor ships no declarations for them). Only what those modules use is declared;
 * the shapes are monaco-editor 0.57's (`esm/vs/...`).
 */

declare module "monaco-editor/platform/instantiation/common/instantiation" {
  /** A service's id: a function (a parameter decorator) named after the service. */
  export interface ServiceIdentifier {
    (...args: never[]): void;
    toString(): string;
  }
  export interface IInstantiationService {
    createInstance(ctor: new (...args: never[]) => unknown): unknown;
  }
}

declare module "monaco-editor/platform/instantiation/common/extensions" {
  import type { ServiceIdentifier } from "monaco-editor/platform/instantiation/common/instantiation";
  /** Every `registerSingleton` so far, in order: a service's id and its descriptor. */
  export function getSingletonServiceDescriptors(): [ServiceIdentifier, unknown][];
}

declare module "monaco-editor/editor/common/editorFeatures" {
  /** Every `registerEditorFeature` so far: classes made once, when the services start. */
  export function getEditorFeatures(): (new (...args: never[]) => unknown)[];
}

declare module "monaco-editor/editor/standalone/browser/standaloneServices" {
  import type { IInstantiationService } from "monaco-editor/platform/instantiation/common/instantiation";
  export namespace StandaloneServices {
    /** Starts the services (idempotent), answering the page's one instantiation service. */
    function initialize(overrides: Record<string, unknown>): IInstantiationService;
    /** Runs `callback` once the services have started (at once if they have). */
    function withServices(callback: () => { dispose(): void }): { dispose(): void };
  }
}

declare module "monaco-editor/language/typescript/ts.worker" {
  /** What TypeScript's language service answers that typescript.worker.ts uses. */
  interface LanguageService {
    getEncodedSyntacticClassifications(
      fileName: string,
      span: { start: number; length: number },
    ): { spans: number[]; endOfLineState: number };
  }
  /** Monaco's TypeScript worker: a language service host over the models it is sent. */
  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    getLanguageService(): LanguageService;
    getScriptSnapshot(fileName: string): { getLength(): number } | undefined;
  }
  /** Starts the worker: `create` makes its object once the page's first message arrives. */
  export function initialize(create: (ctx: unknown, createData: unknown) => TypeScriptWorker): void;
}
