// Search criteria other than the place: ROME codes and domains, diploma levels.
export { parseRomes, parseRomeDomain, resolveJobsSelector, ROME_LIMITS, type RomesInput } from "./romes.js";
export { parseDiploma, DIPLOMA_LEVELS, type DiplomaLevel, type DiplomaLabel, type DiplomaInput } from "./diploma.js";
