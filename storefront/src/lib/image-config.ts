import type { NextConfig } from "next"

type ImageConfig = NonNullable<NextConfig["images"]>
type RemotePattern = Exclude<NonNullable<ImageConfig["remotePatterns"]>[number], URL>

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"])

/** Default backend, as in the backend contract (`MEDUSA_BACKEND_URL`). */
export const defaultBackendUrl = "http://localhost:9000"

/**
 * `next/image` settings for product pictures served by the Medusa backend (`/static/...` with the
 * local file provider, or wherever `MEDUSA_BACKEND_URL` points).
 *
 * Next 16 refuses to optimise images whose host resolves to a private or loopback address
 * (SSRF protection) unless `images.dangerouslyAllowLocalIP` is set. We turn it on only when the
 * backend itself is on this machine (dev, tests, `npm run dev`): then the images have to come
 * from a loopback address, and `remotePatterns` still limits the optimiser to loopback hosts
 * plus the backend's own. A backend on a public host keeps the protection on.
 */
export function imageConfigFor(backendUrl: string | undefined): ImageConfig {
  const backend = new URL(backendUrl || defaultBackendUrl)
  const backendIsLocal = loopbackHosts.has(backend.hostname)
  const patterns: RemotePattern[] = [
    { protocol: backend.protocol === "https:" ? "https" : "http", hostname: backend.hostname, ...(backend.port ? { port: backend.port } : {}) },
  ]
  if (backendIsLocal) {
    // Any port: dev uses :9000, the e2e stack :9100.
    patterns.push({ protocol: "http", hostname: "localhost" }, { protocol: "http", hostname: "127.0.0.1" })
  }
  return {
    remotePatterns: patterns,
    dangerouslyAllowLocalIP: backendIsLocal,
    // WebP only: AVIF encodes several times slower, which a 2-core server feels on a cold cache.
    formats: ["image/webp"],
    // Phones first: a two-column grid on a 390 px screen needs ~200 px images at 2x.
    deviceSizes: [390, 640, 828, 1080, 1280, 1920],
    imageSizes: [64, 96, 128, 256, 384],
    qualities: [70, 75],
  }
}
