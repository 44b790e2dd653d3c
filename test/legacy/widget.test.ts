import { describe, expect, it, vi } from "vitest";
import { department, near } from "../../src/geo/index.js";
import { legacyApplyUrl, legacyWidgetIframe, legacyWidgetUrl, listenToWidget, type MessageTarget } from "../../src/legacy/index.js";
import { inputError } from "../support/input-error.js";

const ORIGIN = "https://labonnealternance.apprentissage.beta.gouv.fr";


describe("legacyWidgetUrl (the 2022 widget, unchanged)", () => {
  it("builds the default trainings-and-jobs URL", () => {
    const url = new URL(legacyWidgetUrl({ caller: "my-site" }));
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/recherche-apprentissage`);
    expect([...url.searchParams]).toEqual([["caller", "my-site"]]);
  });

  it.each([
    ["jobs", "/recherche-emploi"],
    ["trainings", "/recherche-apprentissage-formation"],
  ] as const)("scope %s → %s", (scope, path) => {
    expect(new URL(legacyWidgetUrl({ caller: "c", scope })).pathname).toBe(path);
  });

  it("encodes every option", () => {
    const url = new URL(
      legacyWidgetUrl({
        caller: "my site&co",
        romes: "M1805, M1802",
        where: near(47.2184, -1.5536, { radius: 60, insee: "44109" }),
        jobName: "Développement & web",
        frozenJob: true,
        returnUri: "https://example.org/back?x=1",
        returnLogoUrl: "https://example.org/logo.svg",
        zipcode: "44000",
        address: "Nantes 44000",
        diploma: 5,
        opco: "AKTO",
        utm: { campaign: "rentree", source: "site", medium: "widget" },
        baseUrl: "https://labonnealternance-recette.apprentissage.beta.gouv.fr/",
      }),
    );
    expect(url.origin).toBe("https://labonnealternance-recette.apprentissage.beta.gouv.fr");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      caller: "my site&co",
      romes: "M1805,M1802",
      lat: "47.2184",
      lon: "-1.5536",
      radius: "60",
      insee: "44109",
      job_name: "Développement & web",
      frozen_job: "1",
      return_uri: "https://example.org/back?x=1",
      return_logo_url: "https://example.org/logo.svg",
      zipcode: "44000",
      address: "Nantes 44000",
      diploma: "5 (BTS, DEUST...)",
      opco: "AKTO",
      utm_campaign: "rentree",
      utm_source: "site",
      utm_medium: "widget",
    });
  });

  it("omits frozen_job when false", () => {
    expect(new URL(legacyWidgetUrl({ caller: "c", frozenJob: false })).searchParams.has("frozen_job")).toBe(false);
  });

  it.each([
    [{ caller: "" }, "caller"],
    [{} as never, "caller"],
    [{ caller: "c", scope: "all" as never }, "scope"],
    [{ caller: "c", romes: "M18" }, "romes[0]"],
    [{ caller: "c", where: near(1, 1, { radius: 50 }) }, "where.radius"],
    [{ caller: "c", where: near(1, 1, { radius: [10, 30] }) }, "where.radius"],
    [{ caller: "c", where: department("29") as never }, "where"],
    [{ caller: "c", returnUri: "/relative" }, "returnUri"],
    [{ caller: "c", returnLogoUrl: "javascript:alert(1)" }, "returnLogoUrl"],
    [{ caller: "c", baseUrl: "ftp://example.org" }, "baseUrl"],
    [{ caller: "c", zipcode: "4400" }, "zipcode"],
    [{ caller: "c", diploma: 9 as never }, "diploma"],
    [{ caller: "c", frozenJob: "yes" as never }, "frozenJob"],
    [{ caller: "c", utm: { source: "" } }, "utm.source"],
  ])("rejects %j", (options, field) => {
    expect(inputError(() => legacyWidgetUrl({ ...options } as never)).issues[0]?.field).toBe(field);
  });
});

describe("legacyApplyUrl (the 2022 form, unchanged)", () => {
  it("builds the /postuler URL", () => {
    const url = new URL(legacyApplyUrl({ caller: "my-site", itemId: "62b1d6c2 5f", type: "matcha" }));
    expect(url.pathname).toBe("/postuler");
    expect(Object.fromEntries(url.searchParams)).toEqual({ caller: "my-site", itemId: "62b1d6c2 5f", type: "matcha" });
  });
  it("rejects a bad type", () => {
    expect(inputError(() => legacyApplyUrl({ caller: "c", itemId: "1", type: "job" as never })).issues[0]?.field).toBe("type");
  });
});

describe("legacyWidgetIframe", () => {
  it("renders an escaped, lazy, titled iframe", () => {
    const html = legacyWidgetIframe({ caller: "c", jobName: `"><script>alert('x')</script>&`, title: `A "title" <b>`, height: 600 });
    expect(html.startsWith("<iframe ")).toBe(true);
    expect(html).not.toContain("<script");
    expect(html).toContain('width="100%" height="600" style="border:0" loading="lazy"');
    expect(html).toContain('title="A &#34;title&#34; &#60;b&#62;"');
    // Only the markup's own attribute quotes remain: 6 attributes (src, title, width, height, style, loading) → 12.
    expect(html.match(/"/g)).toHaveLength(12);
    const src = /src="([^"]*)"/.exec(html)?.[1]?.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
    expect(new URL(src!).searchParams.get("job_name")).toBe(`"><script>alert('x')</script>&`);
  });

  it("defaults to 800 px and rejects a bad height", () => {
    expect(legacyWidgetIframe({ caller: "c" })).toContain('height="800"');
    expect(inputError(() => legacyWidgetIframe({ caller: "c", height: -1 })).issues[0]?.field).toBe("height");
  });
});

describe("listenToWidget", () => {
  /** A DOM-free window stand-in: a real EventTarget behind the MessageTarget interface. */
  class FakeWindow implements MessageTarget {
    private readonly events = new EventTarget();
    addEventListener(type: "message", listener: (event: MessageEvent) => void): void {
      this.events.addEventListener(type, listener as unknown as EventListener);
    }
    removeEventListener(type: "message", listener: (event: MessageEvent) => void): void {
      this.events.removeEventListener(type, listener as unknown as EventListener);
    }
    post(data: unknown, origin: string, source: unknown): void {
      const event = new Event("message") as Event & { data: unknown; origin: string; source: unknown };
      Object.defineProperties(event, { data: { value: data }, origin: { value: origin }, source: { value: source } });
      this.events.dispatchEvent(event);
    }
  }

  it("handles goToPage only from the widget's frame and origin, until unsubscribed", () => {
    const host = new FakeWindow();
    const frameWindow = {};
    const onGoToPage = vi.fn();
    const stop = listenToWidget({ contentWindow: frameWindow }, { onGoToPage }, { targetWindow: host });

    host.post({ type: "goToPage" }, "https://evil.example", frameWindow);
    host.post({ type: "goToPage" }, ORIGIN, {});
    host.post({ type: "other" }, ORIGIN, frameWindow);
    host.post("goToPage", ORIGIN, frameWindow);
    expect(onGoToPage).not.toHaveBeenCalled();

    host.post({ type: "goToPage", page: "home" }, ORIGIN, frameWindow);
    expect(onGoToPage).toHaveBeenCalledTimes(1);
    expect(onGoToPage).toHaveBeenCalledWith({ type: "goToPage", page: "home" });

    stop();
    host.post({ type: "goToPage" }, ORIGIN, frameWindow);
    expect(onGoToPage).toHaveBeenCalledTimes(1);
  });

  it("uses the origin of a custom baseUrl", () => {
    const host = new FakeWindow();
    const frameWindow = {};
    const onGoToPage = vi.fn();
    listenToWidget({ contentWindow: frameWindow }, { onGoToPage }, { targetWindow: host, baseUrl: "https://labonnealternance-recette.apprentissage.beta.gouv.fr/" });
    host.post({ type: "goToPage" }, ORIGIN, frameWindow);
    host.post({ type: "goToPage" }, "https://labonnealternance-recette.apprentissage.beta.gouv.fr", frameWindow);
    expect(onGoToPage).toHaveBeenCalledTimes(1);
  });

  it("ignores messages while the frame has no window", () => {
    const host = new FakeWindow();
    const onGoToPage = vi.fn();
    listenToWidget({ contentWindow: null }, { onGoToPage }, { targetWindow: host });
    host.post({ type: "goToPage" }, ORIGIN, null);
    expect(onGoToPage).not.toHaveBeenCalled();
  });

  it("needs a window", () => {
    expect(inputError(() => listenToWidget({ contentWindow: {} }, {})).issues[0]?.field).toBe("targetWindow");
  });
});
