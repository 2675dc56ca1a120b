import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeRegistry, type FakeRegistry } from "../packages/npm/src/test/startFakeRegistry.ts";
import {
  createFileInUi,
  createProject,
  deployFromIde,
  editorText,
  newPerson,
  openPreview,
  pasteEditorText,
  rawGet,
  replaceEditorText,
  share,
  visitSite,
  type Person,
} from "./lib/ideDriver.ts";
import type { RunningPlatform } from "./lib/startPlatform.ts";
import { usePersonInIde } from "./lib/usePersonInIde.ts";
import { setOffline } from "./lib/setOffline.ts";

let browser: Browser;
let platform: RunningPlatform;
let ann: Person;
let registry: FakeRegistry | undefined;
// The platform's npm registry is a local fake serving mrmime's real tarball, never the internet.
usePersonInIde(
  "Ann",
  (started) => ({ browser, platform, person: ann } = started),
  async () => {
    registry = await startFakeRegistry(["mrmime"]);
    return { NPM_REGISTRY_URL: registry.url };
  },
);
afterAll(() => registry?.close());

/** Answers a few routes with what the Worker can see of its request, its env and the network. */
const WORKER = `export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/hello") return new Response("hello from the worker");
    if (url.pathname === "/cookie") return new Response("cookie=" + (request.headers.get("cookie") ?? "none"));
    if (url.pathname === "/env") {
      return new Response("keys=" + Object.keys(env ?? {}).join(",") + " db=" + String(env?.DATABASE_URL ?? "none"));
    }
    if (url.pathname === "/fetch") {
      try {
        const res = await fetch(url.searchParams.get("to") ?? "https://example.com");
        return new Response("fetched " + res.status);
      } catch (err) {
        return new Response("refused: " + (err instanceof Error ? err.message : String(err)));
      }
    }
    return new Response("worker root");
  },
};
`;

/** A new project of Ann's holding WORKER, written in the IDE and deployed (version 1, live). */
async function deployWorker(name: string) {
  const projectId = await createProject(ann, platform.origin, name);
  const page = ann.page;
  await page.goto(`${platform.origin}/p/${projectId}`);
  await createFileInUi(page, "worker.js");
  await pasteEditorText(page, WORKER);
  await expect.poll(() => editorText(page)).toContain("worker root");
  const live = await deployFromIde(page, 1);
  expect(live.status).toBe("live");
  return { page, siteUrl: (await live.progress.getByTestId("deploy-url").getAttribute("href")) ?? "" };
}

/** A React app importing react and react-dom/client, with no package.json: the platform's built-ins. */
const REACT_APP = `import { useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [count] = useState(41);
  return <h1 id="react">Hello from React {count + 1}</h1>;
}
createRoot(document.getElementById("root")!).render(<App />);
`;

/** Renders the page a visitor's fresh browser loads from the site, waiting for `selector`'s text. */
async function siteText(siteUrl: string, selector: string): Promise<string | null> {
  const visitor = await browser.newContext();
  try {
    const site = await visitor.newPage();
    await site.goto(siteUrl);
    await site.locator(selector).filter({ hasText: /./ }).waitFor({ timeout: 30_000 });
    return await site.locator(selector).textContent();
  } finally {
    await visitor.close();
  }
}

describe("deploying from the IDE in Chromium", () => {
  it("previews a React app and deploys the same app, whose page renders for a visitor", async () => {
    const projectId = await createProject(ann, platform.origin, "Deploy React");
    const page = ann.page;
    await page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(page, "index.html");
    await replaceEditorText(page, `<div id="root"></div><script type="module" src="/src/main.tsx"></script>`);
    await createFileInUi(page, "src/main.tsx");
    await replaceEditorText(page, REACT_APP);
    const frame = await openPreview(page);
    await expect.poll(() => frame.locator("#react").textContent(), { timeout: 60_000 }).toBe("Hello from React 42");

    const deployed = await deployFromIde(page, 1);
    expect(deployed.status, await deployed.progress.innerText()).toBe("live");
    const siteUrl = (await deployed.progress.getByTestId("deploy-url").getAttribute("href")) ?? "";
    expect(await siteText(siteUrl, "#react")).toBe("Hello from React 42");
    expect(registry?.requests).toEqual([]);
  });

  it("previews and deploys a package from package.json, fetching its tarball from the registry once", async () => {
    registry?.requests.splice(0);
    const projectId = await createProject(ann, platform.origin, "Deploy package");
    const page = ann.page;
    await page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(page, "package.json");
    await replaceEditorText(page, `{ "dependencies": { "mrmime": "^2.0.0" } }`);
    await createFileInUi(page, "index.html");
    await replaceEditorText(page, `<p id="type"></p><script type="module" src="/src/main.ts"></script>`);
    await createFileInUi(page, "src/main.ts");
    await replaceEditorText(
      page,
      `import { lookup } from "mrmime";\ndocument.getElementById("type")!.textContent = lookup("a.css") ?? "none";`,
    );
    const frame = await openPreview(page);
    await expect.poll(() => frame.locator("#type").textContent(), { timeout: 60_000 }).toBe("text/css");

    const deployed = await deployFromIde(page, 1);
    expect(deployed.status, await deployed.progress.innerText()).toBe("live");
    await deployed.progress.getByText("Updated wove-lock.json").waitFor();
    const siteUrl = (await deployed.progress.getByTestId("deploy-url").getAttribute("href")) ?? "";
    expect(await siteText(siteUrl, "#type")).toBe("text/css");
    // The preview's fetch went through the platform into R2; the deploy read it from there.
    expect(registry?.requests.filter((path) => path.endsWith(".tgz"))).toEqual(["/mrmime/-/mrmime-2.0.1.tgz"]);
  });

  it("deploys a page to its site, deploys a second version, and rolls back to the first", async () => {
    const projectId = await createProject(ann, platform.origin, "Deploy site");
    const page = ann.page;
    await page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(page, "index.html");
    await replaceEditorText(page, `<h1 id="v">First version</h1>`);

    const first = await deployFromIde(page, 1);
    expect(first.status).toBe("live");
    expect(await first.progress.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    await first.progress
      .getByRole("list", { name: "Deploy log" })
      .getByText(/Health check passed/)
      .waitFor();
    // A private project's site is public, and the panel says so.
    await page.getByTestId("deploy-public-note").waitFor();
    const link = first.progress.getByTestId("deploy-url");
    expect(await link.getAttribute("target")).toBe("_blank");
    const siteUrl = (await link.getAttribute("href")) ?? "";
    expect(siteUrl).toMatch(new RegExp(`^http://[a-z0-9-]+\\.localhost:${platform.port}/$`));
    // The deploy's log in the message: what was snapshotted and served, should this fail.
    expect((await visitSite(browser, siteUrl)).text, await first.progress.innerText()).toBe("First version");
    // Clients that ask for no coding (curl, scripts, health checkers) get the bytes as they are.
    const plain = await rawGet(siteUrl);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toContain("First version");
    const gzipped = await rawGet(siteUrl, { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toContain("First version");
    const brotli = await rawGet(siteUrl, { "accept-encoding": "br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString()).toContain("First version");

    // A second version, deployed with the keyboard.
    await pasteEditorText(page, `<h1 id="v">Second version</h1>`);
    await expect.poll(() => editorText(page)).toBe(`<h1 id="v">Second version</h1>`);
    expect((await deployFromIde(page, 2, { shortcut: "Alt+Shift+D" })).status).toBe("live");
    expect((await visitSite(browser, siteUrl)).text).toBe("Second version");

    // Roll back from the history, after a confirmation.
    const history = page.getByRole("list", { name: "Deployment history" });
    const v1 = history.getByRole("listitem", { name: "Version 1", exact: true });
    const v2 = history.getByRole("listitem", { name: "Version 2", exact: true });
    await v2.getByText("Live now").waitFor();
    await v1.getByRole("button", { name: "Make live" }).click();
    const dialog = page.getByRole("dialog", { name: "Make version 1 live?" });
    await dialog.getByRole("button", { name: "Make version 1 live" }).click();
    await dialog.waitFor({ state: "detached" });
    await v1.getByText("Live now").waitFor();
    expect(await v2.getByRole("button", { name: "Make live" }).isVisible()).toBe(true);
    expect((await visitSite(browser, siteUrl)).text).toBe("First version");
  });

  it("runs a Worker without the platform's env or the network, never shows it the IDE's cookie, and keeps it live through a broken build", async () => {
    const { page, siteUrl } = await deployWorker("Deploy worker");
    expect(await visitSite(browser, siteUrl, "/hello")).toEqual({ status: 200, text: "hello from the worker" });
    expect((await visitSite(browser, siteUrl, "/env")).text).toBe("keys= db=none");
    expect((await visitSite(browser, siteUrl, "/fetch")).text).toMatch(/^refused: /);

    // Opened from the IDE's own browser context, which holds the session cookie.
    const sessionCookies = (await ann.context.cookies(platform.origin)).map((c) => c.value);
    expect(sessionCookies.length).toBeGreaterThan(0);
    const tab = await ann.context.newPage();
    try {
      await tab.goto(new URL("/cookie", siteUrl).href);
      const seen = await tab.locator("body").innerText();
      expect(seen).toBe("cookie=none");
      for (const value of sessionCookies) expect(seen).not.toContain(value);
    } finally {
      await tab.close();
    }

    // A syntax error fails the deploy with the file and line in the log; version 1 stays live.
    await pasteEditorText(page, `export default {\n  fetch() {\n    return new Response("broken";\n  },\n};\n`);
    const broken = await deployFromIde(page, 2);
    expect(broken.status).toBe("failed");
    await broken.progress
      .getByRole("alert")
      .getByText(/still serves the site/)
      .waitFor();
    const problem = broken.progress.getByRole("button", { name: /^worker\.js:3:\d+$/ });
    await problem.click();
    await page.keyboard.type("/*here*/");
    await expect.poll(() => editorText(page)).toContain("/*here*/");
    expect(await visitSite(browser, siteUrl, "/hello")).toEqual({ status: 200, text: "hello from the worker" });
  });

  it("lets the owner grant the Worker network from the Deploys panel, through the gateway, at once", async () => {
    const { page, siteUrl } = await deployWorker("Deploy network");
    // The platform's own origin: refused by the gateway once granted, unreachable before.
    const own = `/fetch?to=${encodeURIComponent(`${platform.origin}/api/health`)}`;
    expect((await visitSite(browser, siteUrl, own)).text).toMatch(/^refused: /);

    const toggle = page.getByTestId("site-network");
    expect(await toggle.isChecked()).toBe(false);
    await page
      .getByTestId("site-network-explanation")
      .getByText(/cannot fetch anything/)
      .waitFor();
    // Controlled by the server's answer: the box turns once the grant is recorded.
    await toggle.click();
    await page
      .getByTestId("site-network-explanation")
      .getByText(/may fetch public http\(s\) addresses, through Wove's gateway/)
      .waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect((await visitSite(browser, siteUrl, own)).text).toBe("fetched 403");

    await toggle.click();
    await page
      .getByTestId("site-network-explanation")
      .getByText(/cannot fetch anything/)
      .waitFor();
    expect((await visitSite(browser, siteUrl, own)).text).toMatch(/^refused: /);
  });

  it("says what is true of a first deploy that fails: nothing is live, and the site has no link until one succeeds", async () => {
    const projectId = await createProject(ann, platform.origin, "Deploy first failure");
    const page = ann.page;
    await page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(page, "worker.js");
    await pasteEditorText(page, `export default { fetch() { return new Response("x"; } };\n`);
    await expect.poll(() => editorText(page)).toContain("new Response");

    const broken = await deployFromIde(page, 1);
    expect(broken.status).toBe("failed");
    const alert = broken.progress.getByRole("alert");
    await alert.getByText(/no version of this site has gone live yet/).waitFor();
    expect(await alert.innerText()).not.toMatch(/still serves/);
    await broken.progress
      .getByRole("list", { name: "Deploy log" })
      .getByText(/No version of this site has gone live yet/)
      .waitFor();
    // The address is shown, but not as a link to a "No site here" page.
    await page
      .getByTestId("site-url-pending")
      .getByText(/not live yet/)
      .waitFor();
    expect(await page.getByTestId("site-url").count()).toBe(0);

    await pasteEditorText(page, `export default { fetch() { return new Response("fixed"); } };\n`);
    await expect.poll(() => editorText(page)).toContain("fixed");
    expect((await deployFromIde(page, 2)).status).toBe("live");
    const link = page.getByTestId("site-url");
    await link.waitFor();
    expect((await visitSite(browser, (await link.getAttribute("href")) ?? "")).text).toBe("fixed");
  });

  it("lets the owner rename the site, says offline that deploying needs the network, and shows a viewer the history only", async () => {
    const projectId = await createProject(ann, platform.origin, "Deploy names");
    const page = ann.page;
    await page.goto(`${platform.origin}/p/${projectId}`);
    await page.getByRole("tab", { name: "Deploys" }).click();
    await page.getByTestId("deploy-empty").waitFor();
    await createFileInUi(page, "index.html");
    await replaceEditorText(page, `<h1>Named</h1>`);
    expect((await deployFromIde(page, 1)).status).toBe("live");

    // The server's checks show beside the field.
    const field = page.getByLabel("Site name");
    await field.fill("Not_a label");
    await page.getByRole("button", { name: "Rename" }).click();
    await page
      .locator("#deploy-site-name-error")
      .getByText(/lowercase letters, digits and hyphens/)
      .waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const name = `named-${Date.now().toString(36)}`;
    await field.fill(name);
    await page.getByRole("button", { name: "Rename" }).click();
    const renamed = `http://${name}.localhost:${platform.port}/`;
    await expect.poll(() => page.getByTestId("site-url").getAttribute("href")).toBe(renamed);
    expect((await visitSite(browser, renamed)).text).toBe("Named");

    await setOffline(ann.context, true);
    try {
      await page.locator(".ide-header").getByRole("button", { name: "Deploy", exact: true }).click();
      await page
        .getByRole("alert")
        .getByText(/Deploying needs the network/)
        .waitFor();
      await page.getByText(/You are offline\. Deploying and the deployment history need the network/).waitFor();
    } finally {
      await setOffline(ann.context, false);
    }

    const bea = await newPerson(browser, platform.origin, "Bea");
    try {
      await share(ann, platform.origin, projectId, bea, "viewer");
      await bea.page.goto(`${platform.origin}/p/${projectId}`);
      await bea.page.getByRole("tab", { name: "Deploys" }).click();
      // The project is private: deploying would publish it, which only its owner may do.
      await bea.page.getByText("A private project is deployed only by its owner").waitFor();
      const v1 = bea.page
        .getByRole("list", { name: "Deployment history" })
        .getByRole("listitem", { name: "Version 1", exact: true });
      await v1.getByText("Live now").waitFor();
      expect(await v1.getByText("Ann ·").count()).toBe(1);
      expect(await bea.page.locator(".ide-header").getByRole("button", { name: "Deploy" }).count()).toBe(0);
      expect(await bea.page.getByLabel("Site name").count()).toBe(0);
    } finally {
      await bea.context.close();
    }
  });
});
