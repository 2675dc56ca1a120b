import { describe, expect, it } from "vitest";
import { devMailboxPage } from "./devMailboxPage.ts";

describe("devMailboxPage", () => {
  it("makes each link in a message clickable", () => {
    const page = devMailboxPage([
      {
        to: "ann@example.com",
        subject: "Confirm your email for Wove",
        text: "Confirm it with this link:\n\nhttp://localhost:8787/api/auth/verify-email?token=abc&callbackURL=%2F\n\nThanks.",
        createdAt: "2026-12-02T16:39:22.631Z",
      },
    ]);
    expect(page).toContain(
      '<a href="http://localhost:8787/api/auth/verify-email?token=abc&#38;callbackURL=%2F">http://localhost:8787/api/auth/verify-email?token=abc&#38;callbackURL=%2F</a>',
    );
    expect(page).toContain("Confirm your email for Wove");
    expect(page).toContain("To ann@example.com");
  });

  it("escapes what people named, so a project called <script> is text", () => {
    const page = devMailboxPage([
      {
        to: "bea@example.com",
        subject: "Ann invited you to <script>alert(1)</script>",
        text: 'Open "<img src=x onerror=alert(1)>": javascript:alert(1) https://x.test/"onmouseover="alert(1)',
        createdAt: new Date("2026-12-02T00:00:00Z"),
      },
    ]);
    expect(page).not.toMatch(/<script>alert|<img|href="javascript/);
    expect(page).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    // A quote ends the link: the rest stays text, not an attribute.
    expect(page).toContain('<a href="https://x.test/">https://x.test/</a>&#34;onmouseover=&#34;alert(1)');
  });

  it("says what lands here when nothing has", () => {
    expect(devMailboxPage([])).toContain("No mail yet");
  });
});
