import type { Random } from "../prng"
import { fixed as f, shadow } from "./draw"
import { bottle, dish, jar } from "./glass"
import { enlarge, scene } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#f2ead8", table: "#c8ad86" }
const CULINARY = "#c98f1f"
const COSMETIC = "#e8c35a"
const AMLOU = "#8a5a2e"

/** Argan fruit, nuts and a sprig of leaves scattered on the table in front of the product. */
function fruits(random: Random, around: number): string {
  const parts: string[] = []
  for (let i = 0; i < 7; i++) {
    const x = around + random.between(-330, 330)
    const y = random.between(900, 1010)
    const ripe = random.chance(0.5)
    parts.push(shadow(x + 8, y + 22, 40, 10, 0.25))
    parts.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(random.between(30, 40))}" ry="26" fill="${ripe ? "#c7a043" : "#8c6a3c"}" transform="rotate(${f(random.between(-40, 40))} ${f(x)} ${f(y)})"/>`)
    parts.push(`<ellipse cx="${f(x - 8)}" cy="${f(y - 8)}" rx="10" ry="6" fill="#fff" opacity="0.25"/>`)
  }
  for (let i = 0; i < 5; i++) {
    const x = around + 220 + i * 26
    parts.push(`<ellipse cx="${f(x)}" cy="${f(930 - i * 14)}" rx="42" ry="12" fill="#5d7a3a" transform="rotate(${-30 + i * 14} ${f(x)} ${f(930 - i * 14)})"/>`)
  }
  return parts.join("")
}

/** Culinary and cosmetic argan oil, amlou and gift boxes. */
export const argan: Illustrate = (product, random) => {
  const tags = product.tags
  let body: string
  if (tags.includes("amlou")) body = jar(600, 870, 300, 330, AMLOU, 0.85, "#d8c3a0")
  else if (tags.includes("coffret")) {
    body =
      shadow(630, 880, 380, 30) +
      `<rect x="260" y="640" width="680" height="240" rx="14" fill="#b9946a"/><rect x="260" y="640" width="680" height="240" rx="14" fill="url(#volume)"/>` +
      bottle(420, 760, 130, 360, CULINARY, null, false) +
      bottle(610, 760, 110, 260, COSMETIC, "#7a3d10", true) +
      jar(790, 760, 150, 150, AMLOU, 0.85, "#d8c3a0") +
      `<rect x="250" y="700" width="700" height="180" rx="14" fill="#c7a274"/><rect x="250" y="700" width="700" height="180" rx="14" fill="url(#top-light)"/>`
  } else if (tags.includes("cosmetique")) body = bottle(600, 870, 200, 460, COSMETIC, "#7a3d10", true)
  else body = bottle(600, 870, 230, 620, CULINARY, null, false)
  const oil = tags.includes("cosmetique") ? COSMETIC : CULINARY
  return {
    main: scene(BACKDROP, enlarge(body, 1.05) + fruits(random, 600), random),
    alternate: scene(BACKDROP, dish(560, 760, 330, "#e9e1d2", tags.includes("amlou") ? AMLOU : oil) + fruits(random, 600), random, { horizon: 0.5 }),
  }
}
