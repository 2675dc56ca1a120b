import { readApiError, type HealthBody } from "@wove/protocol";
import { useCallback, useEffect, useState } from "react";

export type HealthState =
  { kind: "loading" } | { kind: "ready"; health: HealthBody } | { kind: "unreachable"; message: string };

/** Asks the platform how it is, and again whenever `refresh` is called or the network returns. */
export function useHealth(): { state: HealthState; refresh: () => void } {
  const [state, setState] = useState<HealthState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const refresh = useCallback(() => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/health", { signal: controller.signal })
      .then(async (res) => {
        const body: unknown = await res.json();
        if (isHealth(body)) setState({ kind: "ready", health: body });
        else
          setState({
            kind: "unreachable",
            message: readApiError(body)?.message ?? `Unexpected answer (HTTP ${res.status})`,
          });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: "unreachable", message: navigator.onLine ? String(err) : "You are offline." });
      });
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    window.addEventListener("online", refresh);
    return () => window.removeEventListener("online", refresh);
  }, [refresh]);

  return { state, refresh };
}

function isHealth(body: unknown): body is HealthBody {
  return typeof body === "object" && body !== null && "status" in body && "db" in body && "storage" in body;
}
