/** Types of bundle-size.mjs (plain JS so the size check runs with node alone). */
export declare const ROOT: string;
export declare function measureBundle(code: string): Promise<{ min: number; gzip: number; inputs: { path: string; bytes: number }[]; allInputs: string[] }>;
