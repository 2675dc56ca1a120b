import type { Bindings } from "../../src/AppEnv.ts";
import { fetchApp } from "../fetchApp.ts";
import { readDevMailbox } from "./devMailbox.ts";

/** A request as a test makes it: `json` becomes the body, `env` changes bindings for this request only. */
export type ClientInit = RequestInit & { json?: unknown; env?: Partial<Record<keyof Bindings, unknown>> };

let counter = 0;
// Each test file loads this module anew, and the per-IP limits live in the one Postgres all
// files share: a file's own prefix keeps its clients from counting against another file's.
const FILE = Array.from(crypto.getRandomValues(new Uint16Array(2)), (n) => n.toString(16)).join(":");

/**
 * A person using the API from their own network: keeps the session cookie between
 * requests like a browser, and has its own CF-Connecting-IP so per-IP limits do not mix
 * test users.
 */
export class Client {
  readonly ip = `2001:db8:${FILE}::${(counter++).toString(16)}`;
  cookie = "";
  bearer = "";

  async fetch(path: string, { env, ...init }: ClientInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cf-connecting-ip", this.ip);
    if (this.cookie) headers.set("cookie", this.cookie);
    if (this.bearer) headers.set("authorization", `Bearer ${this.bearer}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    // better-auth checks the Origin of cookie-bearing POSTs against its trusted origins.
    headers.set("origin", "http://wove.test");
    const res = await fetchApp(path, { ...init, headers, body }, env);
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length) this.cookie = mergeCookies(this.cookie, setCookie);
    return res;
  }

  async json<T = Record<string, unknown>>(path: string, init: ClientInit = {}) {
    const res = await this.fetch(path, init);
    const text = await res.text();
    const isJson = res.headers.get("content-type")?.includes("json") && text;
    return { status: res.status, headers: res.headers, body: (isJson ? JSON.parse(text) : text || null) as T };
  }
}

function mergeCookies(current: string, setCookie: string[]): string {
  const jar = new Map(current ? current.split("; ").map((pair) => pair.split("=", 2) as [string, string]) : []);
  for (const header of setCookie) {
    const [pair = ""] = header.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (value === "" || /max-age=0/i.test(header)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

let users = 0;

export const PASSWORD = "correct horse battery";

/** The newest link in `to`'s mail whose URL matches `pattern`, as a path on the platform. */
export async function linkInMail(to: string, pattern: RegExp): Promise<string> {
  const links = (await readDevMailbox(to)).flatMap((m) => m.text.match(/https?:\/\/\S+/g) ?? []);
  const link = links.find((url) => pattern.test(url));
  if (!link) throw new Error(`no email to ${to} with a link matching ${pattern}`);
  const url = new URL(link);
  return url.pathname + url.search;
}

/** Follows `to`'s newest email confirmation link in `client`, which it signs in. */
export async function confirmEmail(client: Client, to: string): Promise<void> {
  const res = await client.fetch(await linkInMail(to, /\/api\/auth\/verify-email\?/), { redirect: "manual" });
  if (res.status !== 302) throw new Error(`email confirmation failed: ${res.status} ${await res.text()}`);
}

/**
 * Signs up a fresh user (unique email), confirms the email through the dev mailbox as
 * its owner would, and returns their signed-in client.
 */
export async function signUp(name = "Test User"): Promise<Client & { email: string; userId: string }> {
  const { client, email, userId } = await signUpUnconfirmed(name);
  await confirmEmail(client, email);
  return Object.assign(client, { email, userId });
}

/** Signs up without confirming the email: the account exists but cannot sign in yet. */
export async function signUpUnconfirmed(
  name = "Test User",
  email = `user${Date.now()}-${users++}@example.com`,
): Promise<{ client: Client; email: string; userId: string }> {
  const client = new Client();
  const res = await client.json<{ user: { id: string } }>("/api/auth/sign-up/email", {
    method: "POST",
    json: { name, email, password: PASSWORD },
  });
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, email, userId: res.body.user.id };
}
