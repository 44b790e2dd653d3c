/** Types of bundle-size.mjs (plain JS so the size check runs with node alone). */
export declare const ROOT: string;
/** The imports measured by the size check and the benchmark. */
export declare const BUNDLE_IMPORTS: Readonly<Record<"clientNear" | "everything" | "builders" | "widget" | "openapiFetch", { name: string; code: string }>>;
export interface ChunkMeasure { file: string; min: number; gzip: number; inputs: { path: string; bytes: number }[] }
export interface BundleMeasure {
  /** The whole bundle, one file (no code splitting). */
  min: number;
  gzip: number;
  inputs: { path: string; bytes: number }[];
  allInputs: string[];
  /** Code splitting on: what loads at start (entry chunk and its static imports). */
  first: { min: number; gzip: number; chunks: ChunkMeasure[] };
  /** Code splitting on: each chunk loaded by `import()`. */
  lazy: { gzip: number; chunks: ChunkMeasure[] };
}
export declare function measureBundle(code: string, options?: { from?: "dist" | "src" }): Promise<BundleMeasure>;
export declare function groupInputs(inputs: { path: string; bytes: number }[]): { group: string; bytes: number }[];
export declare function sharedIntoFirstLoad(code: string): Promise<string[]>;
