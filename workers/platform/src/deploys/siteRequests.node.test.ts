import { describe, expect, it } from "vitest";
import { SiteRequests } from "./siteRequests.ts";

const spendAll = (book: SiteRequests, isolate: string) => {
  let spent = 0;
  while (book.spend(isolate)) spent++;
  return spent;
};

describe("SiteRequests", () => {
  it("gives each request its budget and refuses past it", () => {
    const book = new SiteRequests(3);
    const close = book.open("a:1");
    expect(spendAll(book, "a:1")).toBe(3);
    close();
    book.open("a:1");
    expect(spendAll(book, "a:1")).toBe(3);
  });

  it("pools the budget of requests in flight together", () => {
    const book = new SiteRequests(3);
    const first = book.open("a:1");
    book.open("a:1");
    expect(spendAll(book, "a:1")).toBe(6);
    first();
    expect(book.spend("a:1")).toBe(false);
  });

  it("refuses an isolate with no request in flight, and keeps isolates apart", () => {
    const book = new SiteRequests(3);
    expect(book.spend("a:1")).toBe(false);
    const close = book.open("a:1");
    expect(book.spend("b:1")).toBe(false);
    close();
    close();
    expect(book.spend("a:1")).toBe(false);
  });
});
