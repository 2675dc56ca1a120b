import type { FrameLocator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { APP_PAGE_HEADERS } from "../workers/platform/src/assets/appPageHeaders.ts";
import {
  createFileInUi,
  createProject,
  editorText,
  openPreview,
  pasteEditorText,
  replaceEditorText,
  waitForLocalSave,
  waitForServiceWorker,
  type Person,
} from "./lib/ideDriver.ts";
import type { RunningPlatform } from "./lib/startPlatform.ts";
import { usePersonInIde } from "./lib/usePersonInIde.ts";
import { setOffline } from "./lib/setOffline.ts";

let platform: RunningPlatform;
let ann: Person;
usePersonInIde("Ann", (started) => ({ platform, person: ann } = started));

const status = (person: Person) => person.page.getByTestId("preview-status");
const consoleLines = (person: Person) => person.page.getByRole("list", { name: "Console output" });
const kind = (person: Person) => person.page.getByTestId("preview-kind").getAttribute("data-kind");
const address = (person: Person) => person.page.getByLabel("Preview address");
/** What a Worker's non-HTML answer shows: its status line, then its body. */
const response = (frame: FrameLocator) =>
  frame
    .locator("pre.wove-response")
    .textContent({ timeout: 1_000 })
    .catch(() => "");

/** Types a path in the preview's address bar and goes there, as a person would. */
async function goTo(person: Person, path: string): Promise<void> {
  await address(person).fill(path);
  await address(person).press("Enter");
}

const PROBE = `<p id="leak">probing</p>
<script>
  const read = (f) => { try { const v = f(); return v ? "read:" + v : "empty"; } catch (e) { return "blocked"; } };
  document.getElementById("leak").textContent = [
    "cookie=" + read(() => document.cookie),
    "storage=" + read(() => localStorage.getItem("ide-secret")),
    "parent=" + read(() => parent.document.cookie),
    "db=" + read(() => typeof indexedDB.open("x").onsuccess),
  ].join(" ");
</script>`;

const APP = `import { useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [count] = useState(41);
  return <h1 id="react">Hello from React {count + 1}</h1>;
}
createRoot(document.getElementById("root")!).render(<App />);
`;

const WORKER_GREETING = `/** The greeting the Worker's home page shows. */
export const greet = (name: string): string => \`Hello, \${name}\`;
`;

const WORKER = `import { greet } from "./greet";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    console.log("worker got " + request.method + " " + url.pathname);
    if (url.pathname === "/") {
      const html = \`<h1 id="home">\${greet("worker")}</h1><a id="to-api" href="/api/data?x=1">data</a>\`;
      return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (url.pathname === "/api/data") return Response.json({ path: url.pathname, x: url.searchParams.get("x") });
    if (url.pathname === "/boom") throw new Error("worker exploded");
    return new Response("nothing at " + url.pathname, { status: 404 });
  },
};
`;

const FULL_STACK_WORKER = `export default {
  fetch(request: Request): Response {
    return new Response("api says " + new URL(request.url).pathname, { status: 201 });
  },
};
`;

/**
 * Collects every Content-Security-Policy violation on `person`'s page and in its frames
 * (the preview's included: init scripts run in each frame), and Chromium's console
 * reports of them, so a journey can fail on any.
 */
async function watchCspViolations(person: Person): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  person.page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await person.page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { __cspViolations?: string[] }).__cspViolations = seen;
    addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  return async () => {
    const inFrames = await Promise.all(
      person.page
        .frames()
        .map((frame) =>
          frame
            .evaluate(() => (globalThis as { __cspViolations?: string[] }).__cspViolations ?? [])
            .catch(() => [] as string[]),
        ),
    );
    return [...logged, ...inFrames.flat()];
  };
}

describe("the live preview in Chromium", () => {
  it("rebuilds as the page is edited, forwards its console, and cannot reach the IDE's cookies or storage", async () => {
    // The IDE's policy (issue 14 item 12) must not get in the way of the editor or the preview.
    const violations = await watchCspViolations(ann);
    const workers: string[] = [];
    ann.page.on("worker", (worker) => workers.push(worker.url()));
    const projectId = await createProject(ann, platform.origin, "Preview site");
    const ide = await ann.page.goto(`${platform.origin}/p/${projectId}`);
    expect(ide?.headers()["content-security-policy"]).toBe(APP_PAGE_HEADERS["Content-Security-Policy"]);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<h1 id="title">First</h1><script>console.log("hello from the page")</script>`);

    // Alt+V opens the preview, which builds in the browser.
    await ann.page.keyboard.press("Alt+v");
    const frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#title").textContent(), { timeout: 60_000 }).toBe("First");
    await expect.poll(() => status(ann).getAttribute("data-status")).toBe("ready");
    expect(await status(ann).textContent()).toMatch(/Ready · \d+ ms/);
    expect(await ann.page.getByTestId("preview-kind").getAttribute("data-kind")).toBe("static");
    await consoleLines(ann).getByText("hello from the page").first().waitFor();

    await replaceEditorText(ann.page, `<h1 id="title">Second</h1>`);
    await expect.poll(() => frame.locator("#title").textContent(), { timeout: 10_000 }).toBe("Second");
    await ann.page.getByRole("button", { name: "Clear" }).click();
    expect(await consoleLines(ann).locator("li").count()).toBe(0);

    // The IDE's own cookie and storage are out of the preview's reach.
    await ann.page.evaluate(() => {
      document.cookie = "ide-secret=s3cret; path=/";
      localStorage.setItem("ide-secret", "s3cret");
    });
    await replaceEditorText(ann.page, PROBE);
    await expect
      .poll(() => frame.locator("#leak").textContent(), { timeout: 10_000 })
      .toBe("cookie=blocked storage=blocked parent=blocked db=blocked");

    // Monaco's workers started (the editor's, and the HTML language service's).
    await expect.poll(() => workers.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it("keeps other sites from framing the IDE (frame-ancestors 'none')", async () => {
    const page = await ann.context.newPage();
    const refused = new Promise<string>((resolve) =>
      page.on("console", (message) => {
        if (/frame-ancestors/.test(message.text())) resolve(message.text());
      }),
    );
    // A page of another origin (about:blank's is opaque) that frames the IDE.
    await page.setContent(`<iframe src="${platform.origin}/" title="framed"></iframe>`);
    expect(await refused).toContain("frame-ancestors 'none'");
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium shows its error page in the frame instead of the app.
    expect(
      await framed
        ?.locator("#root")
        .count()
        .catch(() => 0),
    ).toBe(0);
    await page.close();
  });

  it("shows a build error with its file and line, and a click puts the cursor there", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview errors");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<div id="root"></div><script type="module" src="./src/main.tsx"></script>`);
    await createFileInUi(ann.page, "src/main.tsx");
    await replaceEditorText(ann.page, `const ok = 1;\nconst broken = ;\n`);
    await createFileInUi(ann.page, "notes.md");
    await openPreview(ann.page);
    const problem = ann.page
      .getByRole("list", { name: "Build errors" })
      .getByRole("button", { name: /src\/main\.tsx:2:/ });
    await problem.waitFor({ timeout: 60_000 });
    expect(await status(ann).getAttribute("data-status")).toBe("error");
    await problem.click();
    await ann.page.getByRole("tab", { name: /main\.tsx/ }).waitFor();
    await ann.page.keyboard.type("42");
    await expect.poll(() => editorText(ann.page)).toContain("const broken = 42;");
  });

  it("renders a TSX entry using React with the network off after a first visit", async () => {
    // The page's `data:` modules run under the host's policy, online and offline.
    const violations = await watchCspViolations(ann);
    const projectId = await createProject(ann, platform.origin, "Preview React");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<div id="root"></div><script type="module" src="/src/main.tsx"></script>`);
    await createFileInUi(ann.page, "src/main.tsx");
    await replaceEditorText(ann.page, APP);
    let frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#react").textContent(), { timeout: 60_000 }).toBe("Hello from React 42");
    await waitForLocalSave(ann.page);
    await waitForServiceWorker(ann.page);

    await setOffline(ann.context, true);
    try {
      await ann.page.reload();
      frame = await openPreview(ann.page);
      await expect.poll(() => frame.locator("#react").textContent(), { timeout: 60_000 }).toBe("Hello from React 42");
    } finally {
      await setOffline(ann.context, false);
    }
    expect(await violations()).toEqual([]);
  });

  it("refuses a script injected into the IDE's page, inline or from another origin", async () => {
    const page = await ann.context.newPage();
    const refused = new Promise<string>((resolve) =>
      page.on("console", (message) => {
        if (/Content Security Policy/.test(message.text())) resolve(message.text());
      }),
    );
    await page.goto(`${platform.origin}/`);
    // What an XSS in the IDE would do: an inline script, and one from another origin.
    await page.evaluate(() => {
      const inline = document.createElement("script");
      inline.textContent = "window.__injected = 'ran'";
      document.body.append(inline);
      const remote = document.createElement("script");
      remote.src = "https://attacker.example/steal.js";
      document.body.append(remote);
    });
    expect(await refused).toContain("script-src");
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
    await page.close();
  });

  it("runs a Worker's fetch in the frame: HTML as a page, other answers as text with their status", async () => {
    const violations = await watchCspViolations(ann);
    const projectId = await createProject(ann, platform.origin, "Preview Worker");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "src/worker.ts");
    await pasteEditorText(ann.page, WORKER);
    // A new file goes in the open file's folder: this is src/greet.ts.
    await createFileInUi(ann.page, "greet.ts");
    await pasteEditorText(ann.page, WORKER_GREETING);
    const frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#home").textContent(), { timeout: 60_000 }).toBe("Hello, worker");
    expect(await kind(ann)).toBe("worker");
    await consoleLines(ann).getByText("worker got GET /").first().waitFor();

    await goTo(ann, "/api/data?x=2");
    await expect
      .poll(() => response(frame), { timeout: 10_000 })
      .toMatch(/^200 .*application\/json[\s\S]*\{"path":"\/api\/data","x":"2"\}/);
    await goTo(ann, "/missing");
    await expect.poll(() => response(frame), { timeout: 10_000 }).toMatch(/^404 [\s\S]*nothing at \/missing/);
    await goTo(ann, "/boom");
    await expect.poll(() => response(frame), { timeout: 10_000 }).toMatch(/^The Worker threw[\s\S]*worker exploded/);
    await consoleLines(ann)
      .getByText(/worker exploded/)
      .first()
      .waitFor();
    // The stack names the Worker's file, not a data: URL of its whole bundle.
    const thrown = await consoleLines(ann)
      .getByText(/worker exploded/)
      .first()
      .textContent();
    expect(thrown).toContain("src/worker.ts:");
    expect(thrown).not.toContain("data:");

    // A link in the Worker's page moves the address bar, and the Worker answers the new path.
    await goTo(ann, "/");
    await frame.locator("#to-api").click({ timeout: 10_000 });
    await expect.poll(() => address(ann).inputValue()).toBe("/api/data?x=1");
    await expect.poll(() => response(frame), { timeout: 10_000 }).toContain(`{"path":"/api/data","x":"1"}`);

    // An edit to a module the entry imports rebuilds the Worker.
    await goTo(ann, "/");
    await ann.page.getByRole("tab", { name: /greet\.ts/ }).click();
    await pasteEditorText(ann.page, WORKER_GREETING.replace("Hello", "Hi"));
    await expect.poll(() => frame.locator("#home").textContent(), { timeout: 10_000 }).toBe("Hi, worker");
    expect(await violations()).toEqual([]);
  });

  it("serves a full stack project's pages from public/ and sends any other address to its Worker", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview full stack");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "worker.ts");
    await pasteEditorText(ann.page, FULL_STACK_WORKER);
    await createFileInUi(ann.page, "public/index.html");
    await replaceEditorText(
      ann.page,
      `<link rel="stylesheet" href="/style.css"><h1 id="page">Home page</h1><a id="to-api" href="/api/hello">api</a> <a id="to-about" href="about">about</a>`,
    );
    // A new file goes in the open file's folder: these are public/style.css and public/about.html.
    await createFileInUi(ann.page, "style.css");
    await replaceEditorText(ann.page, `h1 { color: rgb(1, 2, 3); }`);
    await createFileInUi(ann.page, "about.html");
    await replaceEditorText(ann.page, `<h1 id="page">About page</h1>`);
    const frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 60_000 }).toBe("Home page");
    expect(await kind(ann)).toBe("fullstack");
    expect(await frame.locator("#page").evaluate((h1) => getComputedStyle(h1).color)).toBe("rgb(1, 2, 3)");

    await frame.locator("#to-api").click();
    await expect.poll(() => address(ann).inputValue()).toBe("/api/hello");
    await expect.poll(() => response(frame), { timeout: 10_000 }).toMatch(/^201 [\s\S]*api says \/api\/hello/);

    await goTo(ann, "/");
    await frame.locator("#to-about").click({ timeout: 10_000 });
    await expect.poll(() => address(ann).inputValue()).toBe("/about");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("About page");
    await goTo(ann, "/about.html");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("About page");
  });

  it("follows a static site's links to its other pages, moving the address bar", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview links");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(
      ann.page,
      `<h1 id="page">Home</h1><a id="next" href="about.html">About</a> <a id="away" href="https://example.com/">away</a>`,
    );
    await createFileInUi(ann.page, "about.html");
    await replaceEditorText(ann.page, `<h1 id="page">About</h1><a id="next" href="docs/">Docs</a>`);
    await createFileInUi(ann.page, "docs/index.html");
    await replaceEditorText(
      ann.page,
      `<h1 id="page">Docs</h1><a id="next" href="../">Home</a> <a id="gone" href="nope">?</a>`,
    );
    const frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 60_000 }).toBe("Home");

    await frame.locator("#next").click();
    await expect.poll(() => address(ann).inputValue()).toBe("/about.html");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("About");
    await frame.locator("#next").click();
    await expect.poll(() => address(ann).inputValue()).toBe("/docs/");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("Docs");
    await frame.locator("#gone").click();
    await expect.poll(() => address(ann).inputValue()).toBe("/docs/nope");
    await expect.poll(() => frame.locator("h1").textContent(), { timeout: 10_000 }).toBe("404");
    await goTo(ann, "/docs/");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("Docs");
    await frame.locator("#next").click();
    await expect.poll(() => address(ann).inputValue()).toBe("/");
    await expect.poll(() => frame.locator("#page").textContent(), { timeout: 10_000 }).toBe("Home");
  });
});
