import { useRef, useState } from "react";
import { asApiRequestError, type ApiRequestError } from "../api/ApiRequestError.ts";

export type ActionResult<R> = { ok: true; value: R } | { ok: false; error: ApiRequestError };

/**
 * Runs a mutation from an event handler with the pending flag and error a form shows.
 * A second call while one is pending is refused, so a double click sends one request.
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const inFlight = useRef(false);

  async function run(...args: A): Promise<ActionResult<R>> {
    if (inFlight.current) return { ok: false, error: asApiRequestError(new Error("Already in progress")) };
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      return { ok: true, value: await action(...args) };
    } catch (err) {
      const apiError = asApiRequestError(err);
      setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return { run, pending, error, clearError: () => setError(null) };
}
