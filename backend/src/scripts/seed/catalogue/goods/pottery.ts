import { tr } from "../text"
import type { SeedProduct } from "../types"
import { buildGoods, type GoodsFamily } from "./build"
import { saleRows } from "./pottery-sale"
import { tamegrouteRows } from "./pottery-tamegroute"

const pottery: GoodsFamily = {
  category: "poterie",
  skuCode: "POT",
  option: tr("Dimensions", "المقاس", "Size"),
  stock: 8,
  namesColours: false,
  maker: ({ called, place, area }) =>
    tr(
      `Un travail des potiers de la ${called.fr}, à ${place.fr} (${area.fr}), qui tournent chaque pièce à la main.`,
      `من صنع خزافي ${called.ar} في ${place.ar} (${area.ar})، الذين يشكلون كل قطعة باليد على الدولاب.`,
      `Made by the potters of the ${called.en} in ${place.en} (${area.en}), who throw every piece by hand.`,
    ),
}

/** Pottery from the Oulja potters of Salé and the green-glaze kilns of Tamegroute. */
export const potteryGoods: SeedProduct[] = buildGoods(pottery, [...saleRows, ...tamegrouteRows])
