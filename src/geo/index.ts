// `where` values: plain, serializable areas and the pure helpers that turn them into query parameters.
export type { Area, Where, NearArea, DepartmentArea, RegionArea, FranceArea } from "./area.js";
export { near, DEFAULT_RADIUS_KM, type NearOptions, type NearPoint } from "./near.js";
export { department } from "./department.js";
export { region } from "./region.js";
export { france, type FranceOptions } from "./france.js";
export { DEPARTMENTS, type DepartmentInfo } from "../data/departments.js";
export { REGIONS, type RegionInfo } from "../data/regions.js";
// Not `isInDepartment` (./is-in-department.ts): only the request code filters Corsica's results,
// and what this barrel re-exports is reached by the first load's query checks, so an app's bundler
// would load it at once (docs/size.md). Its user imports it from ./is-in-department.js.
export type { PlaceLike } from "./is-in-department.js";
export { isInFrance, checkInFrance } from "./territories.js";
export { assertWhere, isArea } from "./assert-where.js";
export { normalizeName } from "./normalize-name.js";
export { findDepartment, toDepartmentArea } from "./department.js";
export { findRegion, toRegionArea } from "./region.js";
export type { RegionCode } from "../data/regions.js";
