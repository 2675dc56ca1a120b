import { useState } from "react";
import { describeFormError } from "../api/describeFormError.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { EmailField } from "../ui/EmailField.tsx";
import { PasswordField } from "../ui/PasswordField.tsx";
import { useAction } from "../ui/useAction.ts";
import { authClient } from "./authClient.ts";
import { asksForEmailLink, readAuthError } from "./readAuthError.ts";

const FIELDS = ["email", "password"] as const;

/**
 * Email and password; calls `onSignedIn` once the session is in place. When the platform
 * stops checking passwords for the email (too many wrong ones), offers the emailed link.
 */
export function PasswordSignInForm({
  email,
  onEmailChange,
  onSignedIn,
  onUseEmailLink,
}: {
  email: string;
  onEmailChange: (email: string) => void;
  onSignedIn: () => void;
  onUseEmailLink: () => void;
}) {
  const [password, setPassword] = useState("");
  const { refetch } = authClient.useSession();
  const { run, pending, error } = useAction(async () => {
    const { error } = await authClient.signIn.email({ email: email.trim(), password });
    if (error) throw readAuthError(error);
    await refetch();
  });
  const view = describeFormError(error, FIELDS);

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void run().then((result) => result.ok && onSignedIn());
      }}
    >
      <ErrorMessage message={view.summary} />
      {asksForEmailLink(error) && (
        <button type="button" className="button" onClick={onUseEmailLink}>
          Email me a sign-in link
        </button>
      )}
      <EmailField whose="yours" value={email} onChange={onEmailChange} error={view.fields.email} />
      <PasswordField purpose="current" value={password} onChange={setPassword} error={view.fields.password} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
