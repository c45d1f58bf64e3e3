import { tr } from "../text"
import type { SeedProduct } from "../types"
import { buildGoods, type GoodsFamily } from "./build"
import { embroideredRows } from "./textiles-embroidered"
import { wovenRows } from "./textiles-woven"

const textiles: GoodsFamily = {
  category: "textiles",
  skuCode: "TEX",
  option: tr("Dimensions", "المقاس", "Size"),
  stock: 5,
  namesColours: true,
  maker: ({ called, place, area }, row) =>
    row.technique === "embroidered"
      ? tr(
          `Une pièce brodée à la main, point par point, par les brodeuses de la ${called.fr}, à ${place.fr} (${area.fr}).`,
          `قطعة مطرزة باليد، غرزة بعد غرزة، بأيدي طرازات ${called.ar} في ${place.ar} (${area.ar}).`,
          `Embroidered by hand, stitch by stitch, by the embroiderers of the ${called.en} in ${place.en} (${area.en}).`,
        )
      : tr(
          `Une pièce tissée sur métier à main par les tisserandes de la ${called.fr}, à ${place.fr} (${area.fr}).`,
          `قطعة منسوجة على منسج يدوي بأيدي نساجات ${called.ar} في ${place.ar} (${area.ar}).`,
          `Woven on a hand loom by the weavers of the ${called.en} in ${place.en} (${area.en}).`,
        ),
}

/** Blankets and cushions woven in Khénifra province, embroidery from Salé. */
export const textileGoods: SeedProduct[] = buildGoods(textiles, [...wovenRows, ...embroideredRows])
