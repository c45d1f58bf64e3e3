import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { imageConfigFor } from "./src/lib/image-config"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: imageConfigFor(process.env.MEDUSA_BACKEND_URL),
}

export default withNextIntl(nextConfig)
