import { useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { describeFormError } from "../api/describeFormError.ts";
import { authClient } from "../auth/authClient.ts";
import { GitHubButton } from "../auth/GitHubButton.tsx";
import { readAuthError } from "../auth/readAuthError.ts";
import { SentToInbox } from "../auth/SentToInbox.tsx";
import { authHref, safeReturnPath } from "../auth/returnPath.ts";
import { useAppConfig } from "../state/useAppConfig.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { EmailField } from "../ui/EmailField.tsx";
import { PasswordField } from "../ui/PasswordField.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useAction } from "../ui/useAction.ts";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

const FIELDS = ["name", "email", "password"] as const;

/**
 * `/sign-up?next=…&email=…`: creates the account and says to check the inbox: the account
 * is usable once its email is proven, by the emailed link, which signs in and goes on to
 * `next` (through the sign-in page, which shows a link that failed).
 */
export function SignUpPage() {
  useDocumentTitle("Create account");
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get("next"));
  const [name, setName] = useState("");
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const { github } = useAppConfig();
  const { data: session } = authClient.useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { run, pending, error } = useAction(async (address: string) => {
    const { error } = await authClient.signUp.email({
      name: name.trim(),
      email: address,
      password,
      callbackURL: authHref("/sign-in", { next }),
    });
    if (error) throw readAuthError(error);
    return address;
  });
  const view = describeFormError(error, FIELDS);

  if (session && !pending) return <Navigate to={next} replace />;
  if (sentTo) {
    return (
      <section className="narrow stack" aria-labelledby="sign-up-title">
        <h2 id="sign-up-title">Check your email</h2>
        <SentToInbox to={sentTo}>
          We sent a link to {sentTo}. Open it to confirm your email and finish creating your account.
        </SentToInbox>
        <p>
          No email? Check the address, or{" "}
          <Link to={authHref("/sign-in", { next, email: sentTo, method: "link" })}>sign in with an emailed link</Link>.
        </p>
      </section>
    );
  }

  return (
    <section className="narrow stack" aria-labelledby="sign-up-title">
      <h2 id="sign-up-title">Create your account</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(email.trim()).then((result) => result.ok && setSentTo(result.value));
        }}
      >
        <ErrorMessage message={view.summary} />
        <TextField
          label="Name"
          autoComplete="name"
          required
          maxLength={100}
          value={name}
          onChange={setName}
          error={view.fields.name}
        />
        <EmailField whose="yours" value={email} onChange={setEmail} error={view.fields.email} />
        <PasswordField purpose="new" value={password} onChange={setPassword} error={view.fields.password} />
        <SubmitButton pending={pending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      {github && <GitHubButton next={next} />}
      <p>
        Already have an account? <Link to={authHref("/sign-in", { next, email })}>Sign in</Link>
      </p>
    </section>
  );
}
