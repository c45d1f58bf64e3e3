import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Sends `/` and unprefixed paths to their localized URL (`/` → `/fr`). */
export default createMiddleware(routing)

export const config = {
  // Everything but Next's own files, the API and files with an extension (icon.svg, images).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
}
