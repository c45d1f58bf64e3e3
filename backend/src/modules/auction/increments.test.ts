import { describe, expect, it } from "vitest"
import { incrementAt, incrementBands } from "./increments"

describe("bid increments", () => {
  it("steps by band, each band's upper bound belonging to the next", () => {
    expect(incrementAt(0)).toBe(50)
    expect(incrementAt(999)).toBe(50)
    expect(incrementAt(1_000)).toBe(100)
    expect(incrementAt(4_999)).toBe(100)
    expect(incrementAt(5_000)).toBe(250)
    expect(incrementAt(10_000)).toBe(500)
    expect(incrementAt(25_000)).toBe(1_000)
    expect(incrementAt(49_999)).toBe(1_000)
    expect(incrementAt(50_000)).toBe(2_500)
    expect(incrementAt(1_000_000)).toBe(2_500)
  })

  it("never shrinks as the price grows, so a higher price never needs a smaller raise", () => {
    const steps = incrementBands.map((band) => band.step)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(incrementBands.at(-1)!.below).toBe(Infinity)
  })
})
