import { describe, expect, it } from "vitest"
import { imageConfigFor } from "./image-config"

describe("imageConfigFor", () => {
  it("allows the local backend on any localhost port and lets Next optimise loopback images", () => {
    const config = imageConfigFor("http://localhost:9100")
    expect(config.dangerouslyAllowLocalIP).toBe(true)
    expect(config.remotePatterns).toContainEqual({ protocol: "http", hostname: "localhost" })
    expect(config.remotePatterns).toContainEqual({ protocol: "http", hostname: "localhost", port: "9100" })
  })

  it("uses the default backend when none is configured", () => {
    expect(imageConfigFor(undefined).remotePatterns).toContainEqual({ protocol: "http", hostname: "localhost", port: "9000" })
  })

  it("keeps Next's private-address protection for a public backend", () => {
    const config = imageConfigFor("https://api.tiwizi.ma")
    expect(config.dangerouslyAllowLocalIP).toBe(false)
    expect(config.remotePatterns).toEqual([{ protocol: "https", hostname: "api.tiwizi.ma" }])
  })

  it("allows the media host of S3 or a CDN, only below its base path", () => {
    const config = imageConfigFor("http://backend:9000", "https://media.tiwizi.ma/tiwizi-media/")
    expect(config.remotePatterns).toEqual([
      { protocol: "http", hostname: "backend", port: "9000" },
      { protocol: "https", hostname: "media.tiwizi.ma", pathname: "/tiwizi-media/**" },
    ])
    expect(config.dangerouslyAllowLocalIP).toBe(false)
  })

  it("allows a whole media host when MEDIA_URL has no path, with its port", () => {
    expect(imageConfigFor("https://api.tiwizi.ma", "http://cdn.tiwizi.ma:8443").remotePatterns).toContainEqual({
      protocol: "http",
      hostname: "cdn.tiwizi.ma",
      port: "8443",
    })
  })

  it("lets Next optimise images from a media server on this machine (MinIO in dev)", () => {
    const config = imageConfigFor("https://api.tiwizi.ma", "http://localhost:9001/tiwizi-media")
    expect(config.dangerouslyAllowLocalIP).toBe(true)
    expect(config.remotePatterns).toContainEqual({ protocol: "http", hostname: "localhost", port: "9001", pathname: "/tiwizi-media/**" })
  })

  it("ignores an empty MEDIA_URL", () => {
    expect(imageConfigFor("https://api.tiwizi.ma", "").remotePatterns).toEqual([{ protocol: "https", hostname: "api.tiwizi.ma" }])
  })
})
