import { confirmationLink, linkFromMailbox } from "./mailbox.ts";

/**
 * A person using the platform's HTTP API from Node, keeping their session cookie:
 * for end-to-end tests that need accounts and projects but not a browser.
 */
export class ApiClient {
  #cookie = "";

  constructor(readonly origin: string) {}

  /** What a request made outside `json` needs to be this person's: the Origin and the session cookie. */
  get headers(): Record<string, string> {
    return { origin: this.origin, ...(this.#cookie ? { cookie: this.#cookie } : {}) };
  }

  async json<T = Record<string, unknown>>(path: string, init: { method?: string; json?: unknown } = {}) {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.#cookie) headers.cookie = this.#cookie;
    if (init.json !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${this.origin}${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
    if (cookies.length) this.#cookie = cookies.join("; ");
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Opens a link from an email (a confirmation signs in: its redirect sets the session). */
  async follow(link: string): Promise<void> {
    const res = await fetch(link, { headers: this.headers, redirect: "manual" });
    if (res.status >= 400) throw new Error(`${link} answered ${res.status}: ${await res.text()}`);
    const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
    if (cookies.length) this.#cookie = cookies.join("; ");
  }

  /** Signs a new person up and confirms their email through the dev mailbox. */
  static async signUp(origin: string, name: string): Promise<ApiClient & { email: string }> {
    const client = new ApiClient(origin);
    const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
    const res = await client.json("/api/auth/sign-up/email", {
      method: "POST",
      json: { name, email, password: "correct horse battery" },
    });
    if (res.status !== 200) throw new Error(`sign-up failed: ${JSON.stringify(res.body)}`);
    await client.follow(await confirmationLink(origin, email));
    return Object.assign(client, { email });
  }

  async createProject(name: string, visibility = "private"): Promise<string> {
    const res = await this.json<{ id: string }>("/api/projects", { method: "POST", json: { name, visibility } });
    if (res.status !== 201) throw new Error(`project creation failed: ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  async roomToken(projectId: string): Promise<string> {
    const res = await this.json<{ token: string }>(`/api/projects/${projectId}/room-token`, { method: "POST" });
    if (res.status !== 200) throw new Error(`no room token: ${JSON.stringify(res.body)}`);
    return res.body.token;
  }

  /**
   * Shares a project with `person` as people do: this owner invites their email, and they
   * accept from the link in the invitation email. Answers their member id.
   */
  async share(projectId: string, person: ApiClient & { email: string }, role: string): Promise<number> {
    const invited = await this.json(`/api/projects/${projectId}/members`, {
      method: "POST",
      json: { email: person.email, role },
    });
    if (invited.status !== 202) throw new Error(`inviting ${person.email} failed: ${JSON.stringify(invited.body)}`);
    const token = invitationToken(await linkFromMailbox(this.origin, person.email, /\/invitations\//));
    const accepted = await person.json(`/api/invitations/${token}/accept`, { method: "POST" });
    if (accepted.status !== 200) throw new Error(`accepting failed: ${JSON.stringify(accepted.body)}`);
    const listed = await this.json<{ members: Array<{ id: number; user?: { email?: string } }> }>(
      `/api/projects/${projectId}/members`,
    );
    const member = listed.body.members.find((m) => m.user?.email === person.email);
    if (!member) throw new Error(`${person.email} accepted but is not among the members`);
    return member.id;
  }
}

/** The secret of an invitation link (`…/invitations/<token>`). */
export const invitationToken = (link: string): string => new URL(link).pathname.split("/invitations/")[1] ?? "";
