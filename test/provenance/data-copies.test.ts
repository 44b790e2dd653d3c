import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, readFixture, readSharedJson, sharedPath } from "../support/shared.js";
import { COPIED_FOLDERS, jsonFiles, readSources, sha256, upstreamDir } from "./data-copies.js";

describe("the repository's copies of the API project's data", () => {
  for (const folder of COPIED_FOLDERS) {
    it(`${folder.dir}: every JSON file is described in SOURCES.md and matches its recorded checksum`, () => {
      const files = jsonFiles(join(REPO_ROOT, folder.dir), folder.own);
      const { prose, checksums } = readSources(folder.dir);
      expect(files.length).toBeGreaterThan(0);
      expect([...checksums.keys()].sort()).toEqual(files);
      for (const file of files) {
        expect(prose, `${file} has no line saying where it came from`).toContain(file.split("/").pop());
        expect(sha256(join(REPO_ROOT, folder.dir, file)), `${folder.dir}/${file} changed without its SOURCES.md`).toBe(checksums.get(file));
      }
    });
  }

  it("sharedPath maps the old (group, file) arguments to the copies", () => {
    expect(sharedPath("spec", "swagger.json")).toBe(join(REPO_ROOT, "spec/swagger.json"));
    expect(sharedPath("spec", "examples-partners", "errors", "lba.403.unauthorized.json")).toBe(join(REPO_ROOT, "spec/examples-partners/errors/lba.403.unauthorized.json"));
    expect(sharedPath("fixtures", "item-lbb.json")).toBe(join(REPO_ROOT, "test/fixtures/real/item-lbb.json"));
    expect(readFixture("v1-formations.400-radius.json")).toEqual(JSON.parse(readFileSync(join(REPO_ROOT, "test/fixtures/real/v1-formations.400-radius.json"), "utf8")));
    expect(readSharedJson<{ openapi: string }>("spec", "lba-2026.openapi.json").openapi).toBe("3.1.0");
    expect(() => sharedPath("docs" as never, "x")).toThrow(/unknown data group "docs"/);
  });
});

// Maintainers who have the API project's folder check that the copies did not drift from it; a
// plain clone has no such folder, and says so in the test's name instead of passing silently.
const upstream = upstreamDir();
describe("the copies against the API project's folder", () => {
  if (upstream === undefined) {
    it.skip("NOT COMPARED: no shared folder beside the checkout and no LBA_SHARED_DIR (the copies were checked against their own checksums only)", () => {});
    return;
  }
  for (const folder of COPIED_FOLDERS) {
    it(`${folder.dir} holds the same JSON files as ${folder.upstream}/ in ${upstream}, byte for byte`, () => {
      const own = jsonFiles(join(REPO_ROOT, folder.dir), folder.own);
      const theirs = jsonFiles(join(upstream, folder.upstream), folder.own);
      expect(own).toEqual(theirs);
      for (const file of own) expect(sha256(join(REPO_ROOT, folder.dir, file)), file).toBe(sha256(join(upstream, folder.upstream, file)));
    });
  }
});
