import { defineConfig } from "vitest/config"

// The contract suite: the provider against a real Meilisearch server (MEILISEARCH_HOST).
export default defineConfig({
  test: { include: ["src/contract.spec.ts"], testTimeout: 60_000, hookTimeout: 180_000 },
})
