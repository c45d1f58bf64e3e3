import { existsSync } from "node:fs"

/** Debian's Chromium (CI installs it); `CHROMIUM_PATH` points elsewhere if needed. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export const chromiumAvailable = existsSync(chromiumPath)

export const skipReason = `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium)`
