import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

const src = fileURLToPath(new URL("./src", import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": src,
      // The data layer refuses to load in a browser bundle; unit tests run its pure neighbours.
      "server-only": fileURLToPath(new URL("./src/test/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    reporters: ["default", ["json", { outputFile: "../.reports/storefront-unit.json" }]],
    // next-intl's server entry is resolved through the "react-server" export condition in Next;
    // vitest takes the default one, which is what plain React rendering needs.
    server: { deps: { inline: ["next-intl"] } },
  },
})
