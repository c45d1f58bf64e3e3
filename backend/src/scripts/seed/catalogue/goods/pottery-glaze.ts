import type { Translated } from "@tiwizi/locale"
import { tr } from "../text"

/** The notice every glazed piece carries. */
const LEAD_FREE = tr(
  "Émail alimentaire sans plomb ; lavage à la main conseillé.",
  "طلاء صالح للطعام خال من الرصاص؛ ينصح بالغسل باليد.",
  "Food-safe, lead-free glaze; hand washing recommended.",
)

/** The piece's own sentence followed by the glaze notice. */
export function glazed(detail: [string, string, string]): Translated {
  return tr(`${detail[0]} ${LEAD_FREE.fr}`, `${detail[1]} ${LEAD_FREE.ar}`, `${detail[2]} ${LEAD_FREE.en}`)
}
