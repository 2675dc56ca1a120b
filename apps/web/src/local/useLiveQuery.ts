import { liveQuery } from "dexie";
import { useEffect, useEffectEvent, useState } from "react";

export type LiveState<T> = { status: "loading" } | { status: "ready"; value: T };

/**
 * The answer of a Dexie query, kept current as the database changes (in any tab), asked
 * again when `key` changes. Like useResource, an answer for an older key is never shown.
 */
export function useLiveQuery<T>(key: string, query: () => Promise<T>): LiveState<T> {
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null);
  const runQuery = useEffectEvent(query);

  useEffect(() => {
    const subscription = liveQuery(() => runQuery()).subscribe({
      next: (value) => setAnswer({ key, value }),
      error: (err: unknown) => console.error(`Could not read ${key} from this device`, err),
    });
    return () => subscription.unsubscribe();
  }, [key]);

  return answer?.key === key ? { status: "ready", value: answer.value } : { status: "loading" };
}
