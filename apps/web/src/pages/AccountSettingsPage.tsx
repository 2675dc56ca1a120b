import { useState } from "react";
import { useNavigate } from "react-router";
import { ProviderKeysSection } from "../ai/ProviderKeysSection.tsx";
import { describeFormError } from "../api/describeFormError.ts";
import { authClient, type SessionUser } from "../auth/authClient.ts";
import { readAuthError } from "../auth/readAuthError.ts";
import { forgetProfile } from "../local/cacheProfile.ts";
import { useNotices } from "../state/useNotices.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useAction } from "../ui/useAction.ts";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

/** `/settings`: the signed-in person's name and email, their own AI keys, and signing out. */
export function AccountSettingsPage({ user }: { user: SessionUser }) {
  useDocumentTitle("Account");
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  const navigate = useNavigate();
  const notify = useNotices((state) => state.notify);
  const save = useAction(async () => {
    const { error } = await authClient.updateUser({ name: name.trim() });
    if (error) throw readAuthError(error);
  });
  const refetchSession = authClient.useSession().refetch;
  const signOut = useAction(async () => {
    const { error } = await authClient.signOut();
    if (error) throw readAuthError(error);
    // better-auth asks for the session again only on a timer after signing out; until then
    // the next page would still see, and save, the old one. Forgetting the person before
    // leaving means a tab closed at once does not keep them for the next one to open offline.
    await refetchSession();
    await forgetProfile();
  });
  const view = describeFormError(save.error, ["name"]);

  return (
    <div className="stack">
      <h2>Account</h2>
      <section className="card stack" aria-labelledby="profile-title">
        <h3 id="profile-title">Profile</h3>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            void save.run().then((result) => setSaved(result.ok));
          }}
        >
          <ErrorMessage message={view.summary} />
          <TextField
            label="Name"
            autoComplete="name"
            required
            maxLength={100}
            value={name}
            onChange={(value) => {
              setName(value);
              setSaved(false);
            }}
            error={view.fields.name}
          />
          <dl className="facts">
            <dt>Email</dt>
            <dd>
              {user.email}
              <span className="field__hint"> (changing your email is not available yet)</span>
            </dd>
          </dl>
          <div className="row">
            <SubmitButton pending={save.pending} pendingLabel="Saving…" disabled={name.trim() === user.name}>
              Save
            </SubmitButton>
            {saved && (
              <p role="status" className="success">
                Saved.
              </p>
            )}
          </div>
        </form>
      </section>
      <ProviderKeysSection />
      <section className="card stack" aria-labelledby="session-title">
        <h3 id="session-title">Session</h3>
        <p className="muted">Signed in as {user.email}.</p>
        <ErrorMessage message={signOut.error?.message} />
        <div>
          <button
            type="button"
            className="button"
            disabled={signOut.pending}
            onClick={() =>
              void signOut.run().then((result) => {
                if (!result.ok) return;
                notify("You are signed out.", { path: "/" });
                void navigate("/", { replace: true });
              })
            }
          >
            {signOut.pending ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </section>
    </div>
  );
}
