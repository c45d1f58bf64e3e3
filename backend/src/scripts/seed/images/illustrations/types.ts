import type { SeedProduct } from "../../catalogue/types"
import type { Random } from "../prng"

/** The two SVG pictures of a product that is not a carpet: the main view and a second one. */
export type IllustrationPair = { main: string; alternate: string }

/** Draws a product's pictures; everything random comes from `random`, seeded by its handle. */
export type Illustrate = (product: SeedProduct, random: Random) => IllustrationPair
