import { carpets } from "./carpets"
import { basketryGoods } from "./goods/basketry"
import { leatherGoods } from "./goods/leather"
import { potteryGoods } from "./goods/pottery"
import { textileGoods } from "./goods/textiles"
import { arganGoods } from "./terroir/argan"
import { couscousGoods } from "./terroir/couscous"
import { honeyGoods } from "./terroir/honey"
import { saffronGoods } from "./terroir/saffron"
import type { SeedProduct } from "./types"

export { collections } from "./collections"
export { cooperatives } from "./cooperatives"
export type { Prices, SeedCollection, SeedCooperative, SeedProduct, SeedVariant } from "./types"

/** The demo catalogue: carpets first, then crafts, then terroir goods. Deterministic, no randomness. */
export const products: SeedProduct[] = [
  ...carpets,
  ...potteryGoods,
  ...basketryGoods,
  ...textileGoods,
  ...leatherGoods,
  ...arganGoods,
  ...honeyGoods,
  ...couscousGoods,
  ...saffronGoods,
]
