import type { CurrencyCode } from "@tiwizi/locale"

/** Morocco's dirham: the shop's home region, and the region of a first visit. */
export const defaultCurrency: CurrencyCode = "mad"

/** Products per page on listings: a 2-, 3- or 4-column grid fills evenly. */
export const pageSize = 24

/** Handle of the carpets category, the shop's first craft (Khénifra province). */
export const carpetsHandle = "tapis"
