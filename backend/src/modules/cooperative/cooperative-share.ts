/**
 * The share of each sale's price that goes to the cooperative that made the piece: shown on the
 * shop's home page, and what the portal counts as owed to a cooperative. One constant for now:
 * the marketplace's commission (and so this share, per cooperative or per category) is the
 * subject of a later issue, which will replace this value with the commission rules it introduces.
 */
export const COOPERATIVE_SHARE = 0.9
