import { Link } from "react-router";
import { useOnline } from "../local/useOnline.ts";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";
import { ProductPicture } from "./ProductPicture.tsx";

const FEATURES = [
  {
    title: "Together, live",
    text: "Everyone in a project sees the others' cursors and edits as they type, and can follow someone from file to file.",
  },
  {
    title: "Offline, then in sync",
    text: "Projects you opened once open with no network. Keep typing on the train: your edits merge when you are back.",
  },
  {
    title: "Preview and deploy",
    text: "See the page or Worker you are writing as you write it, then put it on its own address in one click.",
  },
  {
    title: "An AI that edits with you",
    text: "Ask about your files and review a proposed change as a diff before it goes in; one undo takes it back.",
  },
] as const;

/** `/` for visitors: what Wove is, in a sentence and a picture, and the way in. The platform's health is at /status. */
export function LandingPage() {
  useDocumentTitle("");
  const online = useOnline();
  return (
    <div className="landing">
      <section className="landing__hero" aria-labelledby="landing-title">
        <h2 id="landing-title" className="landing__title">
          Write code together, online or off.
        </h2>
        <p className="landing__lead">
          Wove is a code editor in your browser where a team edits one project live, keeps working without a connection,
          and deploys it to its own address.
        </p>
        {!online && (
          <p role="alert" className="landing__offline">
            You are offline: creating an account and signing in need the network.
          </p>
        )}
        <p className="landing__actions">
          <Link to="/sign-up" className="button button--primary button--large">
            Create an account
          </Link>
          <Link to="/sign-in" className="button button--large">
            Sign in
          </Link>
        </p>
      </section>
      <ProductPicture />
      <ul className="landing__features" aria-label="What Wove does">
        {FEATURES.map((feature) => (
          <li key={feature.title} className="landing__feature">
            <h3>{feature.title}</h3>
            <p>{feature.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
