import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { useAction } from "../ui/useAction.ts";
import { authClient } from "./authClient.ts";
import { readAuthError } from "./readAuthError.ts";

/** Continues with GitHub: better-auth answers with GitHub's URL and the browser goes there. */
export function GitHubButton({ next }: { next: string }) {
  const { run, pending, error } = useAction(async () => {
    const { error } = await authClient.signIn.social({
      provider: "github",
      callbackURL: next,
      errorCallbackURL: "/sign-in",
    });
    if (error) throw readAuthError(error);
  });
  return (
    <div className="stack">
      <button type="button" className="button" onClick={() => void run()} disabled={pending}>
        {pending ? "Opening GitHub…" : "Continue with GitHub"}
      </button>
      <ErrorMessage message={error?.message} />
    </div>
  );
}
