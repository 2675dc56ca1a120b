import { apiKey } from "@better-auth/api-key";
import { authSchema, type Database } from "@wove/db";
import { betterAuth } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink, organization } from "better-auth/plugins";
import type { Mailer } from "../mail/Mailer.ts";
import { invitationEmail, magicLinkEmail, verificationEmail } from "../mail/templates.ts";
import { forgetPasswordFailures, MAILBOX_PROOFS } from "./forgetPasswordFailures.ts";
import { lateDatabase } from "./lateDatabase.ts";
import { refuseUnverifiedSession } from "./refuseUnverifiedSession.ts";
import { revokeUnprovenHolder, UNPROVEN_HOLDER_PROOFS } from "./revokeUnprovenHolder.ts";
import { trustedOrigins } from "./trustedOrigins.ts";

export interface AuthConfig {
  /** Signs session cookies and tokens: at least 32 random characters. */
  BETTER_AUTH_SECRET: string;
  /** The platform's public origin, e.g. https://wove.dev; links in emails point here. */
  PUBLIC_URL?: string;
  /** "local" also trusts PUBLIC_URL's loopback aliases (trustedOrigins.ts). */
  WOVE_MODE?: string;
  /** More origins sign-in and sign-up are accepted from, comma-separated (trustedOrigins.ts). */
  TRUSTED_ORIGINS?: string;
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
}

/** Scopes an API key can carry (`Authorization: Bearer <key>`). */
export const API_KEY_SCOPES = { projects: ["read", "write"] } as const;

export const MIN_PASSWORD_LENGTH = 10;

/** What better-auth uses of the request it is serving, asked for when it is used. */
export interface AuthScope {
  db(): Database;
  mailer(): Mailer;
}

/** What better-auth tells the rest of the platform about teams (see projects/teamChanged). */
export interface TeamEvents {
  /** Someone joined or left `teamId` (`leftUserId` when someone left). */
  changed(teamId: string, leftUserId?: string): Promise<void>;
  /** `teamId` is about to be deleted. */
  deleting(teamId: string): Promise<void>;
}

/**
 * Accounts, sessions, teams (better-auth organizations) and API keys. Built once and kept
 * (see authFor): its adapter and emails reach the current request's pool and mailer through
 * `scope`.
 */
export function createAuth(config: AuthConfig, scope: AuthScope, teams?: TeamEvents) {
  const github =
    config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET
      ? { github: { clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET } }
      : undefined;
  const provingEmail = new WeakSet<object>();
  const auth = betterAuth({
    appName: "Wove",
    baseURL: config.PUBLIC_URL || undefined,
    basePath: "/api/auth",
    trustedOrigins: trustedOrigins(config),
    secret: config.BETTER_AUTH_SECRET,
    database: drizzleAdapter(lateDatabase(scope.db), { provider: "pg", schema: authSchema }),
    // An account is of no use until its email is proven (issue 14 item 4): anyone can sign
    // up with an address they do not hold, and a project owner adding that address must
    // not reach them. Sign-up mails a confirmation link and answers the same whether or not
    // the address has an account (better-auth's enumeration-safe answer); password sign-in
    // of an unconfirmed account is refused with a fresh link sent.
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      requireEmailVerification: true,
      // The address has an account: its holder gets a sign-in link instead of a second
      // account. For an unconfirmed account that link is the way the real owner takes the
      // address back (see UNPROVEN_HOLDER_PROOFS).
      onExistingUserSignUp: async ({ user }, request) => {
        await auth.api.signInMagicLink({
          body: { email: user.email, callbackURL: "/" },
          headers: request?.headers ?? new Headers(),
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: ({ user, url }) => scope.mailer().send(verificationEmail(user.email, url)),
    },
    databaseHooks: {
      session: {
        create: {
          before: (session) => refuseUnverifiedSession(scope.db(), session.userId),
          after: async (session, context) => {
            if (MAILBOX_PROOFS.some((path) => path === context?.path)) {
              await forgetPasswordFailures(scope.db(), session.userId);
            }
          },
        },
      },
      user: {
        update: {
          // Only the update that marks the email proven, on a path that proves it for an
          // unproven holder, revokes; the before hook sees what changes, the after hook whom.
          before: async (data, context) => {
            const proof = UNPROVEN_HOLDER_PROOFS.some((path) => path === context?.path);
            if (proof && context && data.emailVerified === true) provingEmail.add(context);
          },
          after: async (user, context) => {
            if (context && provingEmail.delete(context)) await revokeUnprovenHolder(scope.db(), user.id);
          },
        },
      },
    },
    socialProviders: github,
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a cookie answers "who is asking" without a database
      // round trip (the AI router's overhead was mostly that). The price: a session revoked
      // elsewhere keeps working in a browser that holds a copy for up to 5 minutes, as long as
      // a room token lives. Signing out in that browser clears the copy at once.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    // Wove limits sign-in, sign-up and magic links itself, per IP and per email, in Postgres.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    hooks: {
      // Leaving a team has no organization hook of its own.
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/organization/leave" || !teams) return;
        const left = ctx.context.returned as { userId?: unknown; organizationId?: unknown } | undefined;
        if (typeof left?.userId === "string" && typeof left.organizationId === "string") {
          await teams.changed(left.organizationId, left.userId);
        }
      }),
    },
    advanced: {
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      useSecureCookies: config.PUBLIC_URL?.startsWith("https://") ?? false,
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        sendMagicLink: ({ email, url }) => scope.mailer().send(magicLinkEmail(email, url)),
      }),
      organization({
        // Who is in a team decides who reaches its projects: their rooms must hear of it.
        // (A person's role within the team does not: a team's role is set per project.)
        organizationHooks: teams && {
          afterAddMember: async ({ organization: team }) => teams.changed(team.id),
          afterAcceptInvitation: async ({ organization: team }) => teams.changed(team.id),
          afterRemoveMember: async ({ organization: team, user }) => teams.changed(team.id, user.id),
          beforeDeleteOrganization: async ({ organization: team }) => teams.deleting(team.id),
        },
        sendInvitationEmail: ({ email, organization: team, inviter, id }) =>
          scope
            .mailer()
            .send(
              invitationEmail(
                email,
                `the team "${team.name}"`,
                inviter.user.name,
                `${config.PUBLIC_URL ?? ""}/teams/invitations/${id}`,
              ),
            ),
      }),
      apiKey({
        defaultPrefix: "wove_",
        // Keys carry scopes; a key without a scope cannot use the routes that need it.
        permissions: { defaultPermissions: { projects: ["read"] } },
        rateLimit: { enabled: false },
      }),
    ],
  });
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;
