/** Types of bundle-size.mjs (plain JS so the size check runs with node alone). */
export declare const ROOT: string;
export interface BundleMeasure { min: number; gzip: number; initialGzip: number; inputs: { path: string; bytes: number }[]; allInputs: string[] }
export declare function measureBundle(code: string, options?: { from?: "dist" | "src" }): Promise<BundleMeasure>;
export declare function groupInputs(inputs: { path: string; bytes: number }[]): { group: string; bytes: number }[];
