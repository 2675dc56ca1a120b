import { describe, expect, it } from "vitest";
import { createProject, editorText, typeAtEnd, waitForEditor, type Person } from "./lib/ideDriver.ts";
import type { RunningPlatform } from "./lib/startPlatform.ts";
import { usePersonInIde } from "./lib/usePersonInIde.ts";

let platform: RunningPlatform;
let ann: Person;
usePersonInIde("Ann", (started) => ({ platform, person: ann } = started));

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

describe("the explorer and palettes in Chromium", () => {
  it("creates, refuses bad names, moves by drag and drop, uploads, and finds files by keyboard", async () => {
    const { page } = ann;
    const projectId = await createProject(ann, platform.origin, "Explorer");
    await page.goto(`${platform.origin}/p/${projectId}`);

    const newFile = async (name: string) => {
      await page.getByRole("button", { name: "New file", exact: true }).click();
      const input = page.getByLabel("New file name");
      await input.fill(name);
      await input.press("Enter");
      return input;
    };
    await newFile("README.md");
    await waitForEditor(page);
    await typeAtEnd(page, "# Explorer answer");

    // A path makes its folders on the way.
    await newFile("src/app.ts");
    await page.getByRole("treeitem", { name: "src" }).waitFor();
    await expect.poll(() => page.locator('[data-path="src/app.ts"]').count()).toBe(1);
    await typeAtEnd(page, "export const answer = 42;");

    // Bad names are refused with the reason, and the typed name stays in the field. A new
    // file goes in the open file's folder (src/ now).
    const bad = await newFile("../escape.ts");
    await page.getByRole("alert").filter({ hasText: '".."' }).waitFor();
    expect(await bad.inputValue()).toBe("../escape.ts");
    await bad.fill("app.ts");
    await bad.press("Enter");
    await page.getByRole("alert").filter({ hasText: "A file already exists at src/app.ts" }).waitFor();
    await bad.press("Escape");
    await bad.waitFor({ state: "detached" });

    // Drag README.md onto the src folder.
    await page.getByRole("treeitem", { name: "README.md" }).dragTo(page.getByRole("treeitem", { name: "src" }));
    await expect.poll(() => page.locator('[data-path="src/README.md"]').count()).toBe(1);

    // An image uploads to R2 and shows as a preview.
    await page.locator("#explorer-upload").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    const image = page.getByRole("img", { name: "logo.png" });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

    // Quick open.
    await page.keyboard.press("Control+p");
    await page.getByRole("combobox", { name: "Open a file" }).fill("appts");
    await page.keyboard.press("Enter");
    await waitForEditor(page);
    expect(await editorText(page)).toContain("answer = 42");
    expect(new URL(page.url()).pathname).toBe(`/p/${projectId}/src/app.ts`);

    // Search across the project, then open a match.
    await page.keyboard.press("Control+Shift+F");
    await page.getByLabel("Text to find").fill("explorer answer");
    const match = page.getByRole("button", { name: /src\/README\.md:1/ });
    await match.click();
    await expect.poll(() => editorText(page)).toContain("# Explorer answer");

    // The command palette lists commands with their shortcuts.
    await page.keyboard.press("Control+Shift+P");
    const palette = page.getByRole("listbox", { name: "Commands" });
    await palette.getByRole("option", { name: /Go to file… Ctrl\+P/ }).waitFor();
    await page.keyboard.press("Escape");

    // Del in the explorer asks first, then removes the file for everyone.
    await page.getByRole("treeitem", { name: "logo.png" }).press("Delete");
    await page.getByRole("dialog", { name: "Delete logo.png?" }).getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => page.getByRole("treeitem", { name: "logo.png" }).count()).toBe(0);
  });
});
