import { defineConfig } from "vitest/config"

// Unit tests only: the contract suite needs a Meilisearch server and has its own config.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"] },
})
