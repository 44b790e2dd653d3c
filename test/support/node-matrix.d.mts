/** Types of node-matrix.mjs (plain JS so the smoke matrix runs with node alone). */
export declare const NODE_VERSIONS: string[];
export declare function nodeBinary(major: string): string;
