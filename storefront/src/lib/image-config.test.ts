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
})
