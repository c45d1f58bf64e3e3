import { describe, expect, it } from "vitest"
import { findMoroccanCity, moroccanCities } from "./moroccan-cities"

describe("moroccanCities", () => {
  it("lists each city once, with an Arabic name", () => {
    expect(new Set(moroccanCities.map((city) => city.name)).size).toBe(moroccanCities.length)
    for (const city of moroccanCities) expect(city.ar, city.name).toMatch(/^[\u0600-\u06FF ]+$/)
  })

  it.each([
    ["Fès", "Fès"],
    ["fes", "Fès"],
    ["FES", "Fès"],
    ["فاس", "Fès"],
    ["mrirt", "M'rirt"],
    ["M’rirt", "M'rirt"],
    ["kaf en nsour", "Kaf En-Nsour"],
    ["الدار البيضاء", "Casablanca"],
    ["  Rabat ", "Rabat"],
  ])("finds %j", (input, name) => {
    expect(findMoroccanCity(input)?.name).toBe(name)
  })

  it("does not guess", () => {
    expect(findMoroccanCity("Paris")).toBeUndefined()
    expect(findMoroccanCity("")).toBeUndefined()
  })
})
