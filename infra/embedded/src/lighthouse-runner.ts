import type { Flags, Result } from "lighthouse"
import { onShutdown } from "./processes.js"

/** The flags every browser of the project's tests gets (Debian's Chromium, headless, no network chatter). */
export const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

let running: { kill(): void } | undefined
let stopsWithCommand = false

/**
 * One Lighthouse 12 run (its default mobile preset) of `url` in a fresh Chromium profile, so no
 * run inherits another's cache. `flags` add to the defaults (`onlyCategories`, `extraHeaders`).
 */
export async function runLighthouse(url: string, flags: Flags = {}): Promise<Result> {
  const { default: lighthouse } = await import("lighthouse")
  const { launch } = await import("chrome-launcher")
  if (!stopsWithCommand) {
    onShutdown(async () => running?.kill())
    stopsWithCommand = true
  }
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent" })
  running = chrome
  try {
    const answer = await lighthouse(url, { port: chrome.port, logLevel: "error", ...flags })
    if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (answer.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${answer.lhr.runtimeError.message}`)
    return answer.lhr
  } finally {
    chrome.kill()
    running = undefined
  }
}
