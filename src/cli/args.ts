import { department, france, near, region, type Area, type Where } from "../index.js";
import type { Flags } from "./flags.js";
import { CliUsageError } from "./usage-error.js";

/** A number flag, or undefined. */
export function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new CliUsageError(`--${name}: "${value}" is not a number`);
  return n;
}

/** `--limit n`: a whole number of 1 or more, or undefined. */
export function limitFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !(n >= 1)) throw new CliUsageError(`--limit: "${value}" is not a whole number of 1 or more (e.g. --limit 20)`);
  return n;
}

/** `--near`, `--department`, `--region`, `--france` as a `where`. */
export function whereFrom(flags: Flags): Where | undefined {
  const areas: Area[] = [];
  if (flags.near !== undefined) {
    const parts = flags.near.split(",");
    if (parts.length !== 2) throw new CliUsageError(`--near: "${flags.near}" is not "latitude,longitude" (e.g. --near 47.2184,-1.5536)`);
    const [lat, lon] = parts.map((p, i) => numberFlag(p, i === 0 ? "near (latitude)" : "near (longitude)")!);
    const radius = numberFlag(flags.radius, "radius");
    areas.push(near(lat!, lon!, { ...(radius !== undefined ? { radius } : {}), ...(flags.insee ? { insee: flags.insee } : {}) }));
  }
  for (const value of flags.department ?? []) for (const code of value.split(",")) areas.push(department(code));
  if (flags.region !== undefined) areas.push(region(flags.region));
  if (flags.france) areas.push(france({ exhaustive: flags.exhaustive === true }));
  if (areas.length === 0) return undefined;
  return areas.length === 1 ? areas[0] : areas;
}

/** `--sources a,b` as a list. */
export function listFlag(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(",").map((s) => s.trim());
}
