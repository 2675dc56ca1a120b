import { useEffect, useEffectEvent, useState } from "react";
import { asApiRequestError, type ApiRequestError } from "../api/ApiRequestError.ts";

export type ResourceState<T> =
  { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: ApiRequestError };

type Loaded<T> = { key: string; state: ResourceState<T> };

/**
 * Loads `key`'s data with `load`, again when `key` changes or `reload` is called, and
 * drops answers that arrive after the key moved on. `set` replaces the data after a
 * mutation answered with the new version.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    runLoad(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ key, state: { status: "ready", data } });
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, state: { status: "error", error: asApiRequestError(err) } });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  // State for another key is stale: show loading rather than the previous project.
  const state: ResourceState<T> = loaded?.key === key ? loaded.state : { status: "loading" };
  return {
    state,
    reload: () => setAttempt((n) => n + 1),
    set: (data: T) => setLoaded({ key, state: { status: "ready", data } }),
  };
}
