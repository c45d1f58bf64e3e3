import type { NextConfig } from "next"

type ImageConfig = NonNullable<NextConfig["images"]>
type RemotePattern = Exclude<NonNullable<ImageConfig["remotePatterns"]>[number], URL>

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"])

/** Default backend, as in the backend contract (`MEDUSA_BACKEND_URL`). */
export const defaultBackendUrl = "http://localhost:9000"

/**
 * `next/image` settings for product pictures served by the Medusa backend (`/static/...` with the
 * local file provider, or wherever `MEDUSA_BACKEND_URL` points) and, when files are on S3 or a
 * CDN, from `MEDIA_URL`, the public base URL of the uploaded images (limited to its path).
 *
 * Next 16 refuses to optimise images whose host resolves to a private or loopback address
 * (SSRF protection) unless `images.dangerouslyAllowLocalIP` is set. We turn it on only when the
 * backend or the media host is on this machine (dev, tests, `npm run dev`): then the images have
 * to come from a loopback address, and `remotePatterns` still limits the optimiser to loopback
 * hosts plus the configured ones. Public hosts keep the protection on.
 */
export function imageConfigFor(backendUrl: string | undefined, mediaUrl?: string): ImageConfig {
  const backend = new URL(backendUrl || defaultBackendUrl)
  const media = mediaUrl ? new URL(mediaUrl) : undefined
  const local = loopbackHosts.has(backend.hostname) || (media !== undefined && loopbackHosts.has(media.hostname))
  const patterns: RemotePattern[] = [patternFor(backend)]
  if (media) patterns.push(patternFor(media))
  if (local) {
    // Any port: dev uses :9000, the e2e stack :9100.
    patterns.push({ protocol: "http", hostname: "localhost" }, { protocol: "http", hostname: "127.0.0.1" })
  }
  return {
    remotePatterns: patterns,
    dangerouslyAllowLocalIP: local,
    // WebP only: AVIF encodes several times slower, which a 2-core server feels on a cold cache.
    formats: ["image/webp"],
    // Phones first: a two-column grid on a 390 px screen needs ~200 px images at 2x.
    deviceSizes: [390, 640, 828, 1080, 1280, 1920],
    imageSizes: [64, 96, 128, 256, 384],
    qualities: [70, 75],
  }
}

/** The pattern for a base URL: its origin and, when it has one, only the paths below its path. */
function patternFor(url: URL): RemotePattern {
  const path = url.pathname.replace(/\/+$/, "")
  return {
    protocol: url.protocol === "https:" ? "https" : "http",
    hostname: url.hostname,
    ...(url.port ? { port: url.port } : {}),
    ...(path ? { pathname: `${path}/**` } : {}),
  }
}
