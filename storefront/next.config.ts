import { join } from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { imageConfigFor } from "./src/lib/image-config"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// The Docker image (storefront/Dockerfile) sets NEXT_OUTPUT=standalone: a server.js with only the
// files it needs, traced from the repository root so the workspace packages come along.
// `next start`, which dev and the tests use, needs the regular output.
const repositoryRoot = join(__dirname, "..")
const standaloneOutput: NextConfig = {
  output: "standalone",
  outputFileTracingRoot: repositoryRoot,
  turbopack: { root: repositoryRoot },
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  ...(process.env.NEXT_OUTPUT === "standalone" ? standaloneOutput : {}),
  images: imageConfigFor(process.env.MEDUSA_BACKEND_URL, process.env.MEDIA_URL),
  experimental: {
    // The portal's logo and cover forms post photos through server actions. The browser shrinks
    // them first, but without JavaScript (or for a format it cannot decode) the phone's original
    // goes as is: room for the backend's own 10 MB limit per photo, which then answers clearly.
    serverActions: { bodySizeLimit: "11mb" },
  },
}

export default withNextIntl(nextConfig)
