import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

const require = createRequire(import.meta.url)
const src = fileURLToPath(new URL("./src", import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": src,
      // The data layer refuses to load in a browser bundle; unit tests run its pure neighbours.
      // The sdk's ESM build lacks "type": "module", so vite would transform all of it (with a
      // warning per file); its CommonJS build loads in Node as is.
      "@medusajs/js-sdk": require.resolve("@medusajs/js-sdk"),
      "server-only": fileURLToPath(new URL("./src/test/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    // next-intl's ESM imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    reporters: ["default", ["json", { outputFile: "../.reports/storefront-unit.json" }]],
  },
})
