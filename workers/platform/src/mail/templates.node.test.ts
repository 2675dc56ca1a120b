import { describe, expect, it } from "vitest";
import { invitationEmail } from "./templates.ts";

describe("emails with names people chose", () => {
  it("keep line breaks and controls of a name out of the subject and the body", () => {
    const forged = "Team\r\nBcc: everyone@example.com\u202E";
    for (const mail of [invitationEmail("a@example.com", `the project "${forged}"`, forged, "https://wove.test/i/1")]) {
      expect(mail.subject).not.toMatch(/[\r\n\u202E]/);
      expect(mail.text).not.toMatch(/\r|\u202E|\nBcc/);
      expect(mail.subject).toContain("TeamBcc: everyone@example.com");
    }
  });

  it("cuts a very long name", () => {
    const mail = invitationEmail("a@example.com", `the project "${"x".repeat(500)}"`, "Ann", "https://wove.test/i/1");
    expect(mail.subject.length).toBeLessThan(140);
  });
});
