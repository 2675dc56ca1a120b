import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { invitationToken } from "./apiClient.ts";
import { confirmationLink, linkFromMailbox } from "./mailbox.ts";

/** A person with their own browser context (cookies, IndexedDB, service worker). */
export interface Person {
  name: string;
  email: string;
  context: BrowserContext;
  page: Page;
}

/** Signs a new person up through the API inside a fresh browser context and confirms their email, so the page is signed in. */
export async function newPerson(
  browser: Browser,
  origin: string,
  name: string,
  options?: BrowserContextOptions,
): Promise<Person> {
  const context = await browser.newContext(options);
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const res = await context.request.post(`${origin}/api/auth/sign-up/email`, {
    headers: { origin },
    data: { name, email, password: "correct horse battery" },
  });
  if (!res.ok()) throw new Error(`sign-up of ${name} failed: ${res.status()} ${await res.text()}`);
  // Confirming the email signs the context in (the redirect sets the session cookie).
  const confirmed = await context.request.get(await confirmationLink(origin, email));
  if (!confirmed.ok()) throw new Error(`confirming ${name}'s email failed: ${confirmed.status()}`);
  return { name, email, context, page: await context.newPage() };
}

/** POST through the person's session; throws unless the status is 2xx. */
export async function post<T>(person: Person, origin: string, path: string, data: unknown): Promise<T> {
  const res = await person.context.request.post(`${origin}${path}`, { headers: { origin }, data });
  if (!res.ok()) throw new Error(`POST ${path} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function createProject(owner: Person, origin: string, name: string, visibility = "private") {
  return (await post<{ id: string }>(owner, origin, "/api/projects", { name, visibility })).id;
}

/**
 * Shares the project with `with_` as people do: the owner invites their email, and they
 * accept from the link in the invitation email. Answers their member id.
 */
export async function share(owner: Person, origin: string, projectId: string, with_: Person, role: string) {
  await post(owner, origin, `/api/projects/${projectId}/members`, { email: with_.email, role });
  const token = invitationToken(await linkFromMailbox(origin, with_.email, /\/invitations\//));
  await post(with_, origin, `/api/invitations/${token}/accept`, {});
  const res = await owner.context.request.get(`${origin}/api/projects/${projectId}/members`);
  const { members } = (await res.json()) as { members: Array<{ id: number; user?: { email?: string } }> };
  const member = members.find((m) => m.user?.email === with_.email);
  if (!member) throw new Error(`${with_.email} accepted but is not among the members`);
  return String(member.id);
}

export const editor = (page: Page) => page.getByTestId("code-editor");

/** The editor's text as shown (Monaco renders spaces as non-breaking ones). */
export async function editorText(page: Page): Promise<string> {
  const text = await editor(page).locator(".view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}

/** Waits for the editor to show `path`'s text. */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('[data-editor-ready="true"]').waitFor();
}

/** Puts the caret at the end of the document and types, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text, { delay: 15 });
}

/** Creates a file from the explorer's "New file" button. */
export async function createFileInUi(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "New file", exact: true }).click();
  const input = page.getByLabel("New file name");
  await input.fill(name);
  await input.press("Enter");
  await waitForEditor(page);
}

/** Waits until every change is committed to the page's IndexedDB (safe to leave the page). */
export async function waitForLocalSave(page: Page): Promise<void> {
  await page.locator('[data-local="saved"]').waitFor();
}

/** The sync indicator's tone: good (all saved), busy, offline or bad. */
export function syncTone(page: Page) {
  return page.locator("[data-sync]").getAttribute("data-sync");
}

/** Waits until the service worker is active (its precache complete), so the app opens offline from now on. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** The names on the other people's cursors drawn in the editor (a CSS label on each caret). */
export async function remoteCursorNames(page: Page): Promise<string[]> {
  return editor(page)
    .locator(".wove-remote-cursor")
    .evaluateAll((carets) => carets.map((caret) => getComputedStyle(caret, "::after").content.replace(/^"|"$/g, "")));
}

/** Asks the AI panel a question (opening the panel first if needed) with Enter, as a person would. */
export async function askAi(page: Page, question: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Ask the AI" });
  if (!(await box.isVisible())) await page.getByRole("tab", { name: "AI" }).click();
  await box.fill(question);
  await box.press("Enter");
}

/** Replaces the open file's text at once (no auto-closed tags or brackets, unlike typing). */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(text);
}

/** The frame the preview's page runs in, inside the preview host's (opening the panel first if needed). */
export async function openPreview(page: Page) {
  const tab = page.getByRole("tab", { name: "Preview" });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  return page.frameLocator('iframe[title="Preview"]').frameLocator('iframe[title="Preview page"]');
}

/**
 * Clicks the header's Deploy button (or presses `shortcut`) and waits for that version
 * to finish in the Deploys panel; resolves with its final status.
 */
export async function deployFromIde(page: Page, version: number, options: { shortcut?: string } = {}) {
  await page.locator('[data-sync="good"]').waitFor();
  if (options.shortcut) await page.keyboard.press(options.shortcut);
  else await page.locator(".ide-header").getByRole("button", { name: "Deploy", exact: true }).click();
  const progress = page.locator('[data-testid="deploy-progress"]', { hasText: `Version ${version}` });
  const finished =
    '[data-testid="deploy-progress"]:is([data-status="live"], [data-status="failed"], [data-status="rolled_back"])';
  await page.locator(finished, { hasText: `Version ${version}` }).waitFor({ timeout: 60_000 });
  return { progress, status: await progress.getAttribute("data-status") };
}

/** Fetches `path` on a deployed site in a fresh browser context (no cookies, no cache), as a visitor would. */
export async function visitSite(browser: Browser, siteUrl: string, path = "/") {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(new URL(path, siteUrl).href);
    return { status: response?.status() ?? 0, text: await page.locator("body").innerText() };
  } finally {
    await context.close();
  }
}

/**
 * Replaces the open file's text with a paste (select all, then a paste event with the
 * text), so Monaco inserts it exactly: typed or `insertText` input goes through
 * auto-closing of brackets and tags, which adds characters to code.
 */
export async function pasteEditorText(page: Page, text: string): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("Control+a");
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * A GET as curl or a health checker sends it: only the headers given (no Accept-Encoding
 * unless asked), to the platform's port with the site's Host header. Answers the raw bytes.
 */
export function rawGet(siteUrl: string, headers: Record<string, string> = {}) {
  const url = new URL(siteUrl);
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = httpRequest(
      { host: "localhost", port: url.port, path: url.pathname, headers: { host: url.host, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}
