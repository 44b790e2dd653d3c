// Query values: ROME codes and diplomas, parsed and checked before any request.
export { parseRomes, parseRomeDomain, resolveJobsSelector, ROME_LIMITS, type RomesInput } from "./romes.js";
export { parseDiploma, parseDiplomaLevel, DIPLOMA_LEVELS, LIVE_DIPLOMA_LABELS, type DiplomaLevel, type DiplomaLabel, type DiplomaInput } from "./diploma.js";
