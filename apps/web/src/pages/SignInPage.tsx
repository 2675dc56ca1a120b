import { useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { authClient } from "../auth/authClient.ts";
import { GitHubButton } from "../auth/GitHubButton.tsx";
import { MagicLinkForm } from "../auth/MagicLinkForm.tsx";
import { PasswordSignInForm } from "../auth/PasswordSignInForm.tsx";
import { magicLinkErrorMessage } from "../auth/readAuthError.ts";
import { authHref, safeReturnPath } from "../auth/returnPath.ts";
import { useAppConfig } from "../state/useAppConfig.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Tabs } from "../ui/Tabs.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

/**
 * `/sign-in?next=…&email=…&method=link`: password or emailed link, GitHub when the
 * platform offers it. Comes back to `next` once signed in.
 */
export function SignInPage() {
  useDocumentTitle("Sign in");
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get("next"));
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [method, setMethod] = useState(params.get("method") === "link" ? "link" : "password");
  const linkError = params.get("error");
  const { github } = useAppConfig();
  const { data: session } = authClient.useSession();
  const navigate = useNavigate();

  if (session) return <Navigate to={next} replace />;

  return (
    <section className="narrow stack" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      <ErrorMessage message={linkError ? magicLinkErrorMessage(linkError) : null} />
      <Tabs
        label="How to sign in"
        selected={method}
        onSelect={setMethod}
        tabs={[
          {
            id: "password",
            label: "Password",
            panel: (
              <PasswordSignInForm
                email={email}
                onEmailChange={setEmail}
                onSignedIn={() => void navigate(next, { replace: true })}
                onUseEmailLink={() => setMethod("link")}
              />
            ),
          },
          {
            id: "link",
            label: "Email link",
            panel: <MagicLinkForm email={email} onEmailChange={setEmail} next={next} />,
          },
        ]}
      />
      {github && <GitHubButton next={next} />}
      <p>
        New to Wove? <Link to={authHref("/sign-up", { next, email })}>Create an account</Link>
      </p>
    </section>
  );
}
