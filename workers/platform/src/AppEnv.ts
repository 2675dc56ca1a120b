import type { Database } from "@wove/db";
import type { Actor } from "./auth/Actor.ts";
import type { Auth } from "./auth/createAuth.ts";
import type { OutboundParams } from "./deploys/dispatchSite.ts";
import type { Mailer } from "./mail/Mailer.ts";

/** Secrets that may be unset (features turn off), so `wrangler types` cannot know them. */
export interface OptionalSecrets {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  EMAIL_API_URL?: string;
  EMAIL_API_KEY?: string;
  EMAIL_FROM?: string;
  /** Encrypts people's own AI provider keys at rest (32+ characters); unset, they cannot be saved. */
  AI_KEYS_SECRET?: string;
  /** Local mode only: the key the dev mailbox answers to, made by `npm start` per start. */
  DEV_MAILBOX_KEY?: string;
  /** Local mode only: the launcher's per-start key for its internal calls (routes/wakeAgentRuns.ts). */
  LAUNCHER_KEY?: string;
}

/**
 * The AI router's providers (read by `readAiConfig` in @wove/ai): a vendor whose key is unset
 * is simply not offered. Keys are secrets; the rest are plain settings, unset by default.
 */
export interface OptionalAiSettings {
  ANTHROPIC_API_KEY?: string;
  ANTHROPIC_BASE_URL?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  GOOGLE_API_KEY?: string;
  GOOGLE_BASE_URL?: string;
  /** Any OpenAI-compatible server (Ollama, llama.cpp, vLLM), e.g. http://localhost:11434/v1. */
  LOCAL_AI_BASE_URL?: string;
  LOCAL_AI_MODEL?: string;
  /** The local model's window in tokens; 8192 when unset. */
  LOCAL_AI_CONTEXT_WINDOW?: string;
}

/**
 * Deploys to Cloudflare instead of the local R2 deployer (see deploys/createDeployer.ts):
 * set the account and its token, plus DISPATCH_NAMESPACE for Workers for Platforms or
 * PAGES_PROJECT for Pages Direct Upload (the first wins when both are set).
 */
export interface OptionalDeploySettings {
  CLOUDFLARE_ACCOUNT_ID?: string;
  CLOUDFLARE_API_TOKEN?: string;
  DISPATCH_NAMESPACE?: string;
  /** An existing Direct Upload Pages project; each site deploys to its own branch of it. */
  PAGES_PROJECT?: string;
  /** Where the Cloudflare API is; tests point it at a local fake. */
  CLOUDFLARE_API_BASE_URL?: string;
  /** Workers for Platforms: the dispatch namespace binding sites are served through (deploys/dispatchSite.ts). */
  DISPATCHER?: DispatchNamespace;
  /** Set only when the platform runs as the namespace's outbound Worker (middleware/serveOutbound.ts). */
  WOVE_OUTBOUND?: OutboundParams;
}

/** Settings for a platform behind a reverse proxy; see limits/clientIp.ts. */
export interface OptionalProxySettings {
  /** The header a trusted proxy sets to the client's IP (e.g. "x-forwarded-for"). */
  TRUSTED_PROXY?: string;
}

/**
 * Set by `npm start` only: deployed Workers run in the local site host, a second workerd
 * (siteHost/SiteHost.ts), instead of this Worker's LOADER, so a site that spins holds that
 * process, not the platform's.
 */
export interface OptionalSiteHostSettings {
  /** The site host's origin, e.g. http://127.0.0.1:40123. */
  SITE_HOST_URL?: string;
  /** The launcher's per-start secret the host and the platform present to each other. */
  SITE_HOST_KEY?: string;
}

export type Bindings = Env &
  OptionalSecrets &
  OptionalAiSettings &
  OptionalDeploySettings &
  OptionalProxySettings &
  OptionalSiteHostSettings;

export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    /** Opens this request's database pool on first use; see `withDb`. */
    db: () => Database;
    /** better-auth on this request's pool; see `withAuth`. */
    auth: () => Auth;
    mailer: () => Mailer;
    /** Who is asking: resolved from the session cookie or a Bearer API key, once. */
    actor: () => Promise<Actor>;
  };
}
