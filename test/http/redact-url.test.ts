import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactUrl } from "../../src/http/index.js";
import { hasEmailShape, maskEmails } from "../../src/http/mask-emails.js";

// Characters that matter to the patterns: address parts, `@`, the stops, ASCII and Unicode spaces.
const char = fc.constantFrom("a", "b", "é", "1", "@", "@", " ", "\u00a0", "\u2028", "\n", "/", "?", "&", "=", "#", ".");
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(""));

describe("e-mail scans: same answers as the regular expressions they replace", () => {
  // The former patterns are the specification; on short strings their cost does not matter.
  it("hasEmailShape ≡ /[^\\s@]+@[^\\s@]+/.test", () => {
    fc.assert(fc.property(text, (s) => hasEmailShape(s) === /[^\s@]+@[^\s@]+/.test(s)), { seed: 13, numRuns: 3000 });
  });
  it("maskEmails ≡ replace(/[^\\s@/]+@[^\\s@/]+/g) in a path", () => {
    fc.assert(fc.property(text, (s) => maskEmails(s, { left: "/", right: "/" }, "***") === s.replace(/[^\s@/]+@[^\s@/]+/g, "***")), { seed: 13, numRuns: 3000 });
  });
  it("maskEmails ≡ replace(/[^\\s@/?&=]+@[^\\s@/?&=#]+/g) in a string that is not a URL", () => {
    fc.assert(
      fc.property(text, (s) => maskEmails(s, { left: "/?&=", right: "/?&=#" }, "***") === s.replace(/[^\s@/?&=]+@[^\s@/?&=#]+/g, "***")),
      { seed: 13, numRuns: 3000 },
    );
  });
});

describe("redactUrl masks what URLSearchParams reads", () => {
  // What the former implementation (URLSearchParams in, URLSearchParams out) masked is the
  // specification: the same pairs, decoded the same way, are masked now; other bytes are kept.
  const key = fc.constantFrom("caller", "email", "applicant_email", "phone", "romes", "q", "lat", "first name", "Caller", "x+y", "k%C3%A9");
  const value = fc.oneof(
    fc.constantFrom("jane@acme.fr", "jane%40acme.fr", "0612345678", "+33 6 12 34 56 78", "48.8566140", "75056", "39326123500013", "M1805,M1802", "a+b", "%ZZ", ""),
    fc.string({ maxLength: 12 }),
  );
  const isPersonalKey = (k: string) => /^(?:caller|e?mail|.*_email|email_.*|phone|tel|telephone|.*_phone|firstname|lastname|first_name|last_name)$/i.test(k);
  it("every pair keeps its place; personal ones (by key or by value) read ***", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), (pairs) => {
        const url = `https://x.fr/api/v1/formations?${new URLSearchParams(pairs).toString()}`;
        const decoded = [...new URL(url).searchParams];
        const masked = [...new URL(redactUrl(url)).searchParams];
        expect(masked.map(([k]) => k)).toEqual(decoded.map(([k]) => k));
        masked.forEach(([k, v], i) => {
          const original = decoded[i]![1];
          if (isPersonalKey(k) || /[^\s@]@[^\s@]/.test(original) || /^\+?[\d\s.\-()]+$/.test(original) && !/^-?\d+\.\d+$/.test(original) && (original.replace(/\D/g, "").length >= 10 && original.replace(/\D/g, "").length <= 13)) {
            expect(v).toBe("***");
          } else {
            expect(v).toBe(original);
          }
        });
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
  it("keeps the rest of the URL byte for byte, drops user-info, masks e-mails in the path", () => {
    expect(redactUrl("https://u:p@x.fr/api/v1/formations?romes=M1805%2CM1802&caller=me#frag")).toBe("https://x.fr/api/v1/formations?romes=M1805%2CM1802&caller=***#frag");
    expect(redactUrl("https://x.fr/a?caller&b=1&")).toBe("https://x.fr/a?caller=***&b=1&");
    expect(redactUrl("https://x.fr/users/jane%40acme.fr/cv?x=1")).toBe("https://x.fr/users/***/cv?x=1");
    expect(redactUrl("https://x.fr/a?b=1")).toBe("https://x.fr/a?b=1");
  });
});

describe("redaction of long inputs: masked correctly at 100,000 characters", () => {
  // No timed assertion: the former quadratic patterns took 3 to 20 s on each of these inputs, so a
  // regression fails this test by its 5 s timeout; today they all take a few milliseconds.
  const base = "https://labonnealternance.apprentissage.beta.gouv.fr/api/v1";
  it(
    "100,000-character values, paths, keys and non-URL strings are masked correctly",
    { timeout: 5_000 },
    () => {
      const accents = "é".repeat(100_000);
      const kept = redactUrl(`${base}/metiers?title=${encodeURIComponent(accents)}`);
      expect(new URL(kept).searchParams.get("title")).toBe(accents);

      const title = "boulangerpatissier".repeat(2_500); // 45,000 characters, no space
      expect(new URL(redactUrl(`${base}/metiers?title=${title}&caller=jane%40acme.fr`)).searchParams.get("title")).toBe(title);

      const inValue = redactUrl(`${base}/formations?q=${"x".repeat(100_000)}%40acme.fr&romes=M1805`);
      expect(inValue).toBe(`${base}/formations?q=***&romes=M1805`);

      expect(redactUrl(`${base}/formations?q=${encodeURIComponent("a@".repeat(60_000))}`)).toBe(`${base}/formations?q=***`);

      const digits = "1".repeat(100_000); // not a phone number: too many digits
      expect(new URL(redactUrl(`${base}/formations?siret=${digits}`)).searchParams.get("siret")).toBe(digits);

      expect(redactUrl(`${base}/formations?${"k".repeat(100_000)}_email=x`)).toBe(`${base}/formations?${"k".repeat(100_000)}_email=***`);

      const path = redactUrl(`${base}/${"a".repeat(100_000)}/jane@acme.fr/${"b".repeat(100_000)}`);
      expect(path).toBe(`${base}/${"a".repeat(100_000)}/***/${"b".repeat(100_000)}`);
      expect(redactUrl(`${base}/${"a".repeat(200_000)}`)).toBe(`${base}/${"a".repeat(200_000)}`);

      const notUrl = redactUrl(`${"b".repeat(100_000)} write to jane@acme.fr?caller=me&x=1 ${"c@".repeat(50_000)}`);
      expect(notUrl).toBe(`${"b".repeat(100_000)} write to ***?caller=***&x=1 ${"***@".repeat(25_000)}`);
    },
  );
});
