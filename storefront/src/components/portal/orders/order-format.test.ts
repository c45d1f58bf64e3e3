import { describe, expect, it } from "vitest"
import { addressLines, customerName, formatDay, telLink } from "./order-format"

const address = {
  first_name: "Fatima",
  last_name: "Oulhaj",
  address_1: "12 rue Moulay Ismail",
  address_2: null,
  city: "Khénifra",
  postal_code: "54000",
  province: "",
  country_code: "ma",
  phone: "+212661234567",
}

describe("a parcel's address", () => {
  it("gives the customer's name and the address lines, the country in the reader's language", () => {
    expect(customerName(address)).toBe("Fatima Oulhaj")
    expect(addressLines(address, "fr")).toEqual(["12 rue Moulay Ismail", "54000 Khénifra", "Maroc"])
    expect(addressLines(address, "en").at(-1)).toBe("Morocco")
    expect(addressLines(null, "fr")).toEqual([])
    expect(customerName(null)).toBe("")
  })

  it("calls the phone as dialled", () => {
    expect(telLink("+212 6 61 23 45 67")).toBe("tel:+212661234567")
  })

  it("dates an order on Moroccan time", () => {
    expect(formatDay("2026-05-31T23:30:00Z", "fr")).toBe("1 juin 2026")
    expect(formatDay("2026-05-31T23:30:00Z", "fr", "UTC")).toBe("31 mai 2026")
    expect(formatDay("2026-05-31T23:30:00Z", "ar")).not.toMatch(/[٠-٩]/)
  })
})
