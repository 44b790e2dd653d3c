import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser and built-package suites run from their own npm scripts (they need `dist/`).
    exclude: ["**/node_modules/**", "test/smoke/**", "test/browser/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // Says loudly when the Redis suite cannot run (and fails under CI): test/support/redis-global-setup.ts.
    globalSetup: ["test/support/redis-global-setup.ts"],
  },
});
