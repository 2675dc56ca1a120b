import { describe, expect, it } from "vitest";
import { commandScore, filterCommands } from "./filterCommands.ts";

const commands = [
  { title: "Switch between light and dark", keywords: ["theme", "dark mode", "light mode", "colors", "colours"] },
  { title: "Deploy the project", keywords: ["publish", "release", "ship"] },
  { title: "Go to file…", keywords: ["open"] },
  { title: "Delete this file…", keywords: ["remove"] },
];

describe("filterCommands", () => {
  it("finds a command by a word people use for it that its title lacks", () => {
    expect(filterCommands(commands, "theme")[0]?.title).toBe("Switch between light and dark");
    expect(filterCommands(commands, "publ")[0]?.title).toBe("Deploy the project");
    expect(filterCommands(commands, "colou")[0]?.title).toBe("Switch between light and dark");
  });

  it("puts the command a synonym names first", () => {
    expect(filterCommands(commands, "dark")[0]?.title).toBe("Switch between light and dark");
    expect(filterCommands(commands, "remove")[0]?.title).toBe("Delete this file…");
  });

  it("still finds by the title, fuzzily, and lists everything for an empty query", () => {
    expect(filterCommands(commands, "gtf")[0]?.title).toBe("Go to file…");
    expect(filterCommands(commands, "")).toHaveLength(commands.length);
  });

  it("matches a synonym only from its start", () => {
    expect(commandScore("hme", { title: "Deploy", keywords: ["theme"] })).toBeNull();
  });
});
