import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createProject, newPerson, post } from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { confirmationLink, linkFromMailbox } from "./lib/mailbox.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let browser: Browser;
let platform: RunningPlatform | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startPlatform();
});

afterAll(async () => {
  await platform?.stop();
  await browser?.close();
});

describe("accounts and projects in the browser", () => {
  it("lets an owner invite an email to a private project, and the invitee join with a magic link and find it shared", async () => {
    if (!platform) throw new Error("the platform did not start");
    const { origin } = platform;
    const stamp = Date.now();
    const ann = { name: "Ann Owner", email: `ann-${stamp}@example.com`, password: "correct horse battery" };
    const bea = `bea-${stamp}@example.com`;

    // Ann signs up from the landing page and lands on an empty dashboard.
    const annContext = await browser.newContext();
    const a = await annContext.newPage();
    await a.goto(origin);
    await a.getByRole("link", { name: "Create an account" }).click();
    await a.getByLabel("Name", { exact: true }).fill(ann.name);
    await a.getByLabel("Email", { exact: true }).fill(ann.email);
    await a.getByLabel("Password", { exact: true }).fill(ann.password);
    await a.getByRole("button", { name: "Create account" }).click();
    // The account is hers once she opens the link it mailed her, which signs her in.
    await a.getByText(`We sent a link to ${ann.email}`).waitFor();
    await a.goto(await confirmationLink(origin, ann.email));
    const mine = a.getByRole("region", { name: "My projects", exact: true });
    await mine.getByText("You have no projects yet").waitFor();

    // The dialog closes on Escape and gives focus back to the button that opened it.
    const newProject = a.getByRole("button", { name: "New project" });
    const dialog = a.getByRole("dialog", { name: "New project" });
    await newProject.click();
    await dialog.waitFor();
    expect(await dialog.getByLabel("Name", { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await a.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await newProject.evaluate((el) => el === document.activeElement)).toBe(true);

    // She creates a private project; Enter in the name field submits.
    await newProject.click();
    await dialog.getByLabel("Name", { exact: true }).fill("Secret plans");
    await dialog.getByLabel("Description (optional)").fill("Only for the two of us");
    await dialog.getByRole("radio", { name: /Private/ }).check();
    await dialog.getByLabel("Name", { exact: true }).press("Enter");
    await a.waitForURL(/\/p\/[^/]+$/);
    const projectPath = new URL(a.url()).pathname;
    await a.getByRole("heading", { name: "Secret plans" }).waitFor();
    // The IDE opens on the new, empty project.
    await a.getByText("No files yet.").waitFor();

    // In its settings she invites Bea's email, which has no account yet, as an editor.
    await a.getByRole("link", { name: "Settings", exact: true }).click();
    await a.waitForURL(`${origin}${projectPath}/settings`);
    await a.getByLabel("Email address").fill(bea);
    await a.getByLabel("Role", { exact: true }).selectOption("editor");
    await a.getByRole("button", { name: "Invite", exact: true }).click();
    await a.getByText(`Invitation sent to ${bea}.`).waitFor();
    await a.getByRole("region", { name: "Pending invitations" }).getByText(bea).waitFor();

    // A mistyped address can be revoked: its invitation disappears and its link stops working.
    const typo = `bea-typo-${stamp}@example.com`;
    await a.getByLabel("Email address").fill(typo);
    await a.getByRole("button", { name: "Invite", exact: true }).click();
    await a.getByText(`Invitation sent to ${typo}.`).waitFor();
    const typoLink = await linkFromMailbox(platform.origin, typo, /\/invitations\//);
    await a.getByRole("button", { name: `Revoke the invitation for ${typo}` }).click();
    await a.getByRole("region", { name: "Pending invitations" }).getByText(typo).waitFor({ state: "detached" });
    expect((await fetch(`${origin}/api/invitations/${typoLink.split("/invitations/")[1]}`)).status).toBe(404);

    // Bea opens the link from her email in another browser, signed out.
    const invitationLink = await linkFromMailbox(platform.origin, bea, /\/invitations\//);
    const beaContext = await browser.newContext();
    const b = await beaContext.newPage();
    await b.goto(invitationLink);
    await b.getByRole("heading", { name: "Join Secret plans" }).waitFor();
    expect(await b.getByText(`${ann.name} invited`).isVisible()).toBe(true);

    // She asks for a magic link: the emailed-link tab is chosen and her email filled in.
    await b.getByRole("link", { name: "Sign in to accept" }).click();
    await b.waitForURL(/\/sign-in\?/);
    expect(await b.getByRole("tab", { name: "Email link" }).getAttribute("aria-selected")).toBe("true");
    expect(await b.getByLabel("Email", { exact: true }).inputValue()).toBe(bea);
    await b.getByRole("button", { name: "Email me a sign-in link" }).click();
    await b.getByText(`we sent a sign-in link to ${bea}`).waitFor();

    // The link signs her in (creating her account) and brings her back to the invitation.
    const magicLink = await linkFromMailbox(platform.origin, bea, /\/magic-link\/verify\?/);
    await b.goto(magicLink);
    await b.waitForURL(invitationLink);
    await b.getByRole("button", { name: "Accept invitation" }).click();
    await b.waitForURL(`${origin}${projectPath}/settings`);
    await b.getByText("You joined Secret plans as an editor.").waitFor();
    await b.getByRole("heading", { name: "Settings for Secret plans" }).waitFor();

    // On her dashboard the project is shared with her, as an editor.
    await b.getByRole("banner").getByRole("link", { name: "Projects" }).click();
    const shared = b.getByRole("region", { name: "Shared with me" });
    const card = shared.getByRole("article", { name: "Secret plans" });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Private.*Editor/);
    expect(await b.getByRole("region", { name: "My projects", exact: true }).textContent()).toContain(
      "You have no projects yet",
    );

    // Ann now sees Bea among the members and no pending invitation.
    await a.reload();
    await a.getByRole("region", { name: "Members", exact: true }).getByText(bea).waitFor();
    await a.getByRole("region", { name: "Pending invitations" }).getByText("No pending invitations.").waitFor();

    // Deleting takes the typed name; afterwards Bea no longer has the project.
    const remove = a.getByRole("button", { name: "Delete project" });
    expect(await remove.isDisabled()).toBe(true);
    await a.getByLabel("Type “Secret plans” to confirm").fill("Secret plans");
    await remove.click();
    await a.waitForURL(`${origin}/`);
    await a.getByText("Deleted Secret plans.").waitFor();
    await b.reload();
    await b.getByRole("region", { name: "Shared with me" }).getByText("Nothing is shared with you yet").waitFor();

    await annContext.close();
    await beaContext.close();
  });

  it("lets someone with an account accept an invitation from their dashboard, as invited as anyone else", async () => {
    if (!platform) throw new Error("the platform did not start");
    const { origin } = platform;
    const ann = await newPerson(browser, origin, "Ann");
    const bea = await newPerson(browser, origin, "Bea");
    const projectId = await createProject(ann, origin, "Garden plans");
    const answer = await post<Record<string, unknown>>(ann, origin, `/api/projects/${projectId}/members`, {
      email: bea.email,
      role: "editor",
    });
    expect(Object.keys(answer)).toEqual(["invitation"]);

    // Bea's dashboard shows the invitation; the project is not hers until she accepts.
    await bea.page.goto(origin);
    const invitations = bea.page.getByRole("region", { name: "Invitations" });
    await invitations.getByText("Ann invited you to Garden plans as an editor.").waitFor();
    await bea.page
      .getByRole("region", { name: "Shared with me" })
      .getByText("Nothing is shared with you yet")
      .waitFor();
    await invitations.getByRole("button", { name: "Accept the invitation to Garden plans" }).click();
    await bea.page.waitForURL(`${origin}/p/${projectId}`);

    await bea.page.goto(origin);
    await bea.page
      .getByRole("region", { name: "Shared with me" })
      .getByRole("article", { name: "Garden plans" })
      .waitFor();
    expect(await bea.page.getByRole("region", { name: "Invitations" }).count()).toBe(0);
    await ann.context.close();
    await bea.context.close();
  });
});
