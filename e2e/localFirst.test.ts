import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFileInUi,
  editorText,
  typeAtEnd,
  waitForEditor,
  waitForLocalSave,
  waitForServiceWorker,
} from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { confirmationLink } from "./lib/mailbox.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";
import { setOffline } from "./lib/setOffline.ts";

let browser: Browser;
let platform: RunningPlatform;

beforeAll(async () => {
  [browser, platform] = await Promise.all([launchChromium(), startPlatform()]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe("local first in Chromium", () => {
  it("opens the dashboard offline, creates and edits a project offline, and puts it on the server when back", async () => {
    const { origin } = platform;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Pia");
    const email = `pia-${Date.now()}@example.com`;
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText(`We sent a link to ${email}`).waitFor();
    await page.goto(await confirmationLink(origin, email));
    const mine = page.getByRole("region", { name: "My projects", exact: true });
    await mine.getByText("You have no projects yet").waitFor();
    await waitForServiceWorker(page);

    // An online project, opened once, is saved on the device.
    const dialog = page.getByRole("dialog", { name: "New project" });
    await page.getByRole("button", { name: "New project" }).click();
    await dialog.getByLabel("Name", { exact: true }).fill("Online one");
    await dialog.getByLabel("Name", { exact: true }).press("Enter");
    await page.waitForURL(/\/p\/[^/]+$/);
    await createFileInUi(page, "a.txt");
    await typeAtEnd(page, "written online");
    await page.goto(origin);
    await mine.getByText("Online one").waitFor();

    // Offline: the dashboard and that project open from this device.
    await setOffline(context, true);
    await page.reload();
    await page.getByText("You are offline: showing projects saved on this device.").waitFor();
    await mine.getByRole("link", { name: "Online one" }).click();
    await waitForEditor(page);
    expect(await editorText(page)).toContain("written online");

    // A project created offline opens at once and takes edits.
    await page.goto(origin);
    await page.getByRole("button", { name: "New project" }).click();
    await dialog.getByLabel("Name", { exact: true }).fill("Plane project");
    await dialog.getByLabel("Name", { exact: true }).press("Enter");
    await page.waitForURL(/\/p\/[^/]+$/);
    const planeId = new URL(page.url()).pathname.split("/")[2] ?? "";
    await page.getByText("not on the server yet").waitFor();
    await createFileInUi(page, "notes.md");
    await typeAtEnd(page, "drafted at 30,000 feet");
    // Leaving the page is safe once the indicator says the device has every change.
    await waitForLocalSave(page);
    await page.goto(origin);
    await mine.getByRole("article", { name: "Plane project" }).getByText("Not yet on the server").waitFor();

    // Back online: the project is created on the server with its id, and its file syncs.
    await setOffline(context, false);
    const card = mine.getByRole("article", { name: "Plane project" });
    await expect.poll(() => card.getByText("Not yet on the server").count(), { timeout: 20_000 }).toBe(0);
    const onServer = await page.evaluate(async (id) => (await fetch(`/api/projects/${id}`)).json(), planeId);
    expect(onServer).toMatchObject({ id: planeId, name: "Plane project", role: "owner" });
    await page.goto(`${origin}/p/${planeId}/notes.md`);
    await waitForEditor(page);
    await expect.poll(() => page.locator("[data-sync]").getAttribute("data-sync"), { timeout: 30_000 }).toBe("good");

    // Another browser of Pia's (cookies only, nothing on its device) gets the file from the room.
    const elsewhere = await browser.newContext({
      storageState: { cookies: (await context.storageState()).cookies, origins: [] },
    });
    const other = await elsewhere.newPage();
    await other.goto(`${origin}/p/${planeId}/notes.md`);
    await waitForEditor(other);
    expect(await editorText(other)).toContain("drafted at 30,000 feet");
    await elsewhere.close();

    // Signing out forgets who was signed in here: offline, the landing page shows.
    await page.goto(`${origin}/settings`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${origin}/`);
    await setOffline(context, true);
    await page.reload();
    await page.getByRole("link", { name: "Create an account" }).first().waitFor();
    expect(await page.getByRole("region", { name: "My projects", exact: true }).count()).toBe(0);
    await context.close();
  });
});
