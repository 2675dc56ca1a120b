// The bench's reference page imports this module too, typechecked by the root project,
// which does not include apps/web's declarations: this brings them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./monacoInternals.d.ts" />
/**
 * Gives Monaco's running services what modules loaded after they started register.
 *
 * Monaco starts its services (`StandaloneServices.initialize`) when the first editor is
 * made, and takes only the singletons (`registerSingleton`) and editor features
 * (`registerEditorFeature`) registered by then; anything registered later is never seen.
 * The IDE loads Monaco in two steps (monacoCore.ts, then monaco.ts once the file shows), so
 * the features' own services (ISuggestMemories, ICodeLensCache, IInlayHintsCache,
 * IActionWidgetService, IOutlineModelService...) arrived after the start: every featured
 * editor then failed to make its suggest, code lens, inlay hint, drag and drop and code
 * action parts ("depends on UNKNOWN service"), and the features' editor features (word
 * highlights across files, drop providers, colour decorators) were never made.
 *
 * `addLateServices` does for them what the start does for everything registered before
 * it, as soon as they are registered and before any editor asks for them: each singleton
 * not in the services goes in (as the start's own "registered after this module loaded"
 * step does), each editor feature not made yet is made once. Putting the features'
 * services in the core instead would move ~400 kB of Monaco's code (and its editor
 * features, more) in front of the first file.
 *
 * Monaco offers no public way to add a service later: the one reach inside is the
 * instantiation service's collection (`_services`), checked here so that a Monaco that
 * changed it fails loudly, at the features' load, rather than losing features silently.
 */
import { getEditorFeatures } from "monaco-editor/editor/common/editorFeatures";
import { StandaloneServices } from "monaco-editor/editor/standalone/browser/standaloneServices";
import { getSingletonServiceDescriptors } from "monaco-editor/platform/instantiation/common/extensions";
import type {
  IInstantiationService,
  ServiceIdentifier,
} from "monaco-editor/platform/instantiation/common/instantiation";

interface ServiceCollection {
  get(id: ServiceIdentifier): unknown;
  set(id: ServiceIdentifier, instanceOrDescriptor: unknown): unknown;
}

// Monaco's services are one per page, so what they have made is too: the editor features
// made so far, once they have started (null before).
let madeFeatures: Set<unknown> | null = null;

/** Notes which editor features Monaco's services make when they start. Call once, before any editor is made. */
export function watchServicesStart(): void {
  StandaloneServices.withServices(() => {
    madeFeatures = new Set(getEditorFeatures());
    return { dispose: () => undefined };
  });
}

/**
 * Adds the singletons and editor features registered since Monaco's services started; a
 * no-op before they start (they take everything registered when they do).
 */
export function addLateServices(): void {
  const made = madeFeatures;
  if (!made) return;
  const instantiation = StandaloneServices.initialize({});
  const services = serviceCollectionOf(instantiation);
  for (const [id, descriptor] of getSingletonServiceDescriptors()) {
    if (services.get(id) === undefined) services.set(id, descriptor);
  }
  for (const feature of getEditorFeatures()) {
    if (made.has(feature)) continue;
    made.add(feature);
    try {
      instantiation.createInstance(feature);
    } catch (error) {
      // As Monaco's start does: one broken feature must not keep the others out.
      reportError(error);
    }
  }
}

function serviceCollectionOf(instantiation: IInstantiationService): ServiceCollection {
  const services: unknown = Reflect.get(instantiation, "_services");
  const usable =
    typeof services === "object" &&
    services !== null &&
    typeof Reflect.get(services, "get") === "function" &&
    typeof Reflect.get(services, "set") === "function";
  if (!usable) {
    throw new Error(
      "Monaco's instantiation service has no `_services` collection (monaco-editor changed its internals): " +
        "the editor features' services cannot be added; see apps/web/src/editor/lateServices.ts",
    );
  }
  return services as ServiceCollection;
}
