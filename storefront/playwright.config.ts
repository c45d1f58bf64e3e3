import { defineConfig } from "@playwright/test"
import { chromiumAvailable, chromiumPath, skipReason } from "./e2e/chromium"

if (!chromiumAvailable) {
  console.warn(
    [
      "",
      "#".repeat(78),
      `#  E2E TESTS SKIPPED: ${skipReason}`,
      "#  CI always has Chromium; locally: apt-get install -y chromium",
      "#".repeat(78),
      "",
    ].join("\n"),
  )
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "../.reports/playwright.json" }]],
  use: {
    baseURL: "http://localhost:8100",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // The stack (test database, seed, backend on :9100, this storefront built and started on
  // :8100) is only worth starting when there is a browser to drive it.
  webServer: chromiumAvailable
    ? {
        command: "node ../infra/embedded/dist/cli.js e2e-stack",
        url: "http://localhost:8100/fr",
        timeout: 900_000,
        reuseExistingServer: false,
        stdout: "pipe",
        // SIGTERM lets e2e-stack stop the backend, the storefront and PostgreSQL it started (they
        // run in their own process groups); Playwright's default SIGKILL would orphan them.
        gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
      }
    : undefined,
})
