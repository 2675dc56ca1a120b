import type { Browser, BrowserContext, Cookie } from "playwright-core";
import type * as Y from "yjs";
import { createProject, newPerson, post } from "../../e2e/lib/ideDriver.ts";
import type { Room } from "./RoomServer.ts";
import { writeRoomFile } from "./writeRoomFile.ts";

export interface ProjectFile {
  id: string;
  path: string;
  fill: (doc: Y.Doc, text: Y.Text) => void;
}

export interface IdeProject {
  projectId: string;
  /** `/p/<id>/<path>`: the IDE opened on the file. */
  url: string;
  text: string;
  /** The document as one Yjs update. */
  update: Uint8Array;
}

/**
 * One person signed up on a running platform, owning one project per file, each file
 * written into its project's room through the stock y-websocket client (the room then
 * holds it, as if someone had typed it). `signedIn()` is a new browser context with only
 * that person's session cookie: no cache, no service worker, no IndexedDB; `cookies` is that
 * cookie, for a browser profile of one's own.
 */
export async function prepareIdeProjects(
  browser: Browser,
  origin: string,
  files: readonly ProjectFile[],
): Promise<{ signedIn: () => Promise<BrowserContext>; cookies: Cookie[]; projects: IdeProject[] }> {
  const person = await newPerson(browser, origin, "Bench");
  try {
    const room = (projectId: string): Room => ({
      address: async () => {
        // A room token per connection, as the app fetches one.
        const { token } = await post<{ token: string }>(person, origin, `/api/projects/${projectId}/room-token`, {});
        return {
          serverUrl: `${origin.replace(/^http/, "ws")}/api/projects`,
          roomName: `${projectId}/sync`,
          params: { token },
        };
      },
    });
    const projects: IdeProject[] = [];
    for (const file of files) {
      const projectId = await createProject(person, origin, `bench ${file.path}`);
      const written = await writeRoomFile(room(projectId), file, file.fill);
      projects.push({ projectId, url: `${origin}/p/${projectId}/${file.path}`, ...written });
    }
    const cookies = await person.context.cookies();
    return { signedIn: () => browser.newContext({ storageState: { cookies, origins: [] } }), cookies, projects };
  } finally {
    await person.context.close();
  }
}
