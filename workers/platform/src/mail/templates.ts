import { withoutInvisible } from "@wove/protocol";
import type { MailMessage } from "./Mailer.ts";

/**
 * Names in an email come from people (a project's or an inviter's name): no line break or
 * control character of theirs may reach a subject line or forge a line of the body, and a
 * name is quoted and cut to a length, so it reads as a name and not as a message.
 */
const safe = (name: string) => {
  const clean = withoutInvisible(name).trim();
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
};

export function magicLinkEmail(to: string, url: string): MailMessage {
  return {
    to,
    subject: "Your Wove sign-in link",
    text: `Sign in to Wove with this link (valid for 15 minutes):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
  };
}

/**
 * The confirmation link of a new account. Whoever follows it vouches for the account as it
 * is, password included, so the email says to ignore it unless the reader signed up.
 */
export function verificationEmail(to: string, url: string): MailMessage {
  return {
    to,
    subject: "Confirm your email for Wove",
    text: `Someone created a Wove account with this email address. If it was you, confirm it with this link (valid for 24 hours):\n\n${url}\n\nIf it was not you, ignore this email: the account stays unusable, and you can sign in with a link from the sign-in page to take the address.`,
  };
}

export function invitationEmail(to: string, rawWhat: string, rawInviter: string, url: string): MailMessage {
  const [what, inviter] = [safe(rawWhat), safe(rawInviter)];
  return {
    to,
    subject: `${inviter} invited you to ${what} on Wove`,
    text: `${inviter} invited you to ${what} on Wove.\n\nOpen this link and sign in (or sign up with this email) to accept:\n\n${url}\n`,
  };
}
