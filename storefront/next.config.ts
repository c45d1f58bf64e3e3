import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { imageConfigFor } from "./src/lib/image-config"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: imageConfigFor(process.env.MEDUSA_BACKEND_URL),
  experimental: {
    // The portal's logo and cover forms post photos through server actions. The browser shrinks
    // them first, but without JavaScript (or for a format it cannot decode) the phone's original
    // goes as is: room for the backend's own 10 MB limit per photo, which then answers clearly.
    serverActions: { bodySizeLimit: "11mb" },
  },
}

export default withNextIntl(nextConfig)
