/**
 * The demo auctions: bidders and lots on one-of-a-kind Zayane carpets of the Khénifra
 * cooperatives, each with the bids the seed places. Amounts are whole MAD. Bids are checked
 * against the auction rules by auction-lots.test.ts, so every one of them is accepted.
 */

/** A demo customer who bids; `locale` is the language of the emails they get. */
export type DemoBidder = { email: string; first_name: string; last_name: string; locale: "fr" | "ar" | "en" }

/** Customers in Morocco and abroad, all with the demo password and a verified email. */
export const demoBidders: DemoBidder[] = [
  { email: "karim.alaoui@tiwizi.local", first_name: "Karim", last_name: "Alaoui", locale: "fr" },
  { email: "nadia.bennis@tiwizi.local", first_name: "Nadia", last_name: "Bennis", locale: "ar" },
  { email: "claire.fontaine@tiwizi.local", first_name: "Claire", last_name: "Fontaine", locale: "fr" },
  { email: "youssef.amrani@tiwizi.local", first_name: "Youssef", last_name: "Amrani", locale: "ar" },
  { email: "hannah.becker@tiwizi.local", first_name: "Hannah", last_name: "Becker", locale: "en" },
  { email: "omar.tazi@tiwizi.local", first_name: "Omar", last_name: "Tazi", locale: "fr" },
]

/** One bid: the bidder (an index into {@link demoBidders}) and the amount, a maximum when `max`. */
export type DemoBid = { bidder: number; amount: number; max?: boolean }

/**
 * When a lot runs: `live` lots end at `ends` (see auctions.ts), `upcoming` ones open `opensInDays`
 * days from now for a week, `sold` ones are bid on, then ended and closed at once.
 */
export type DemoLotTiming =
  | { phase: "live"; ends: "in-3-hours" | "tomorrow-20h" | "friday-20h" | "saturday-20h" }
  | { phase: "upcoming"; opensInDays: number }
  | { phase: "sold" }

export type DemoLot = {
  handle: string
  timing: DemoLotTiming
  starting_price: number
  reserve_price: number | null
  bids: DemoBid[]
}

/**
 * Ten lots, Zayane carpets of Aghbalou, Kaf En-Nsour, M'rirt, Moulay Bouazza and Tighassaline.
 * Left out: the carpets the browser tests open by handle (`tapis-zayane-azigza-aghbalou`) and
 * the first carpet of each cooperative, which the HTTP tests' auctions use.
 */
export const demoLots: DemoLot[] = [
  {
    handle: "tapis-zayane-anzar-aghbalou",
    timing: { phase: "live", ends: "friday-20h" },
    starting_price: 9_000,
    reserve_price: 12_000,
    // Nadia's maximum leads at 10,500; the reserve is not met yet.
    bids: [
      { bidder: 0, amount: 9_000 },
      { bidder: 1, amount: 11_000, max: true },
      { bidder: 2, amount: 9_500 },
      { bidder: 0, amount: 10_000 },
    ],
  },
  {
    handle: "tapis-zayane-aguelmam-aghbalou",
    timing: { phase: "live", ends: "saturday-20h" },
    starting_price: 12_000,
    reserve_price: 16_000,
    // Hannah's maximum takes the price to the reserve at once; Omar outbids her at 17,500.
    bids: [
      { bidder: 4, amount: 17_000, max: true },
      { bidder: 3, amount: 16_500 },
      { bidder: 5, amount: 17_500 },
    ],
  },
  {
    handle: "tapis-zayane-tilelli-kaf-en-nsour",
    timing: { phase: "live", ends: "tomorrow-20h" },
    starting_price: 5_500,
    reserve_price: null,
    bids: [
      { bidder: 2, amount: 5_500 },
      { bidder: 3, amount: 5_750 },
      { bidder: 2, amount: 6_000 },
      { bidder: 1, amount: 7_000, max: true },
    ],
  },
  {
    handle: "tapis-zayane-agdal-mrirt",
    timing: { phase: "live", ends: "in-3-hours" },
    starting_price: 4_700,
    reserve_price: null,
    // No bid yet: the first bidder takes it at the starting price.
    bids: [],
  },
  { handle: "tapis-zayane-tighremt-moulay-bouazza", timing: { phase: "upcoming", opensInDays: 2 }, starting_price: 12_000, reserve_price: 16_000, bids: [] },
  { handle: "tapis-zayane-imi-tighassaline", timing: { phase: "upcoming", opensInDays: 4 }, starting_price: 2_200, reserve_price: null, bids: [] },
  { handle: "tapis-zayane-ajjig-moulay-bouazza", timing: { phase: "upcoming", opensInDays: 7 }, starting_price: 1_900, reserve_price: 2_500, bids: [] },
  {
    handle: "tapis-zayane-tafsut-aghbalou",
    timing: { phase: "sold" },
    starting_price: 2_800,
    reserve_price: 3_500,
    // Hannah's maximum meets the reserve; she wins at 3,700.
    bids: [
      { bidder: 1, amount: 2_800 },
      { bidder: 4, amount: 4_000, max: true },
      { bidder: 1, amount: 3_600 },
    ],
  },
  {
    handle: "tapis-zayane-tamazirt-moulay-bouazza",
    timing: { phase: "sold" },
    starting_price: 3_800,
    reserve_price: null,
    bids: [
      { bidder: 3, amount: 3_800 },
      { bidder: 0, amount: 3_900 },
      { bidder: 3, amount: 4_200 },
      { bidder: 2, amount: 4_500 },
    ],
  },
  {
    handle: "tapis-zayane-adrar-kaf-en-nsour",
    timing: { phase: "sold" },
    starting_price: 3_100,
    reserve_price: 4_000,
    // Omar's maximum wins at 4,200 against Youssef's 4,100.
    bids: [
      { bidder: 5, amount: 4_500, max: true },
      { bidder: 3, amount: 4_100 },
    ],
  },
]
