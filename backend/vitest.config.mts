import { defineConfig } from "vitest/config"

// Medusa loads medusa-config.ts and src/ with require() at run time, outside vite's transform:
// the setup file registers ts-node (with SWC) for that. Threads, not forks: Medusa's test runner
// calls process.send, which breaks the forks pool.
export default defineConfig({
  test: {
    globals: true,
    pool: "threads",
    fileParallelism: false,
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    env: { LOG_LEVEL: "error" },
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"] } },
      { extends: true, test: { name: "http", include: ["integration-tests/http/**/*.spec.ts"] } },
      { extends: true, test: { name: "modules", include: ["integration-tests/modules/**/*.spec.ts"] } },
    ],
  },
})
