import { useState } from "react";
import { describeFormError } from "../api/describeFormError.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { EmailField } from "../ui/EmailField.tsx";
import { useAction } from "../ui/useAction.ts";
import { authClient } from "./authClient.ts";
import { readAuthError } from "./readAuthError.ts";
import { SentToInbox } from "./SentToInbox.tsx";

/**
 * Emails a one-time sign-in link that lands on `next`. It also creates the account when
 * the email has none, so it is how invited people join without choosing a password.
 */
export function MagicLinkForm({
  email,
  onEmailChange,
  next,
}: {
  email: string;
  onEmailChange: (email: string) => void;
  next: string;
}) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { run, pending, error } = useAction(async (address: string) => {
    const retry = new URLSearchParams({ next, method: "link" });
    const { error } = await authClient.signIn.magicLink({
      email: address,
      callbackURL: next,
      errorCallbackURL: `/sign-in?${retry.toString()}`,
    });
    if (error) throw readAuthError(error);
    return address;
  });
  const view = describeFormError(error, ["email"]);

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(email.trim()).then((result) => result.ok && setSentTo(result.value));
      }}
    >
      <ErrorMessage message={view.summary} />
      <EmailField
        whose="yours"
        value={email}
        onChange={onEmailChange}
        error={view.fields.email}
        hint="We email you a link that signs you in. It works once, for 15 minutes."
      />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        {sentTo ? "Send another link" : "Email me a sign-in link"}
      </SubmitButton>
      {sentTo && <SentToInbox to={sentTo}>Check your inbox: we sent a sign-in link to {sentTo}.</SentToInbox>}
    </form>
  );
}
