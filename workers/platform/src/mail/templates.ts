import type { MailMessage } from "./Mailer.ts";

export function magicLinkEmail(to: string, url: string): MailMessage {
  return {
    to,
    subject: "Your Wove sign-in link",
    text: `Sign in to Wove with this link (valid for 15 minutes):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
  };
}

export function invitationEmail(to: string, what: string, inviter: string, url: string): MailMessage {
  return {
    to,
    subject: `${inviter} invited you to ${what} on Wove`,
    text: `${inviter} invited you to ${what} on Wove.\n\nOpen this link and sign in (or sign up with this email) to accept:\n\n${url}\n`,
  };
}

export function addedToProjectEmail(to: string, project: string, inviter: string, url: string): MailMessage {
  return {
    to,
    subject: `${inviter} added you to "${project}" on Wove`,
    text: `${inviter} added you to the project "${project}" on Wove.\n\nOpen it: ${url}\n`,
  };
}
