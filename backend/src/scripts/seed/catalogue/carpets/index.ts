import type { SeedProduct } from "../types"
import { beniMellalRugs } from "./beni-mellal"
import { boucherouites } from "./boucherouite"
import { hanbels } from "./hanbel"
import { rabatRugs } from "./rabat"
import { zayaneRugs } from "./zayane"

/** Every carpet of the catalogue, family by family. */
export const carpets: SeedProduct[] = [...zayaneRugs, ...hanbels, ...boucherouites, ...beniMellalRugs, ...rabatRugs]
