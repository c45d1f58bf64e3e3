import type { Random } from "../prng"
import { fixed as f, shadow } from "./draw"
import { dish, jar } from "./glass"
import { enlarge, scene } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#ece6ee", table: "#b9a58f" }
const STIGMA = "#b3261e"

/** Saffron threads: short dark-red curls, thicker at one end. */
function threads(cx: number, cy: number, rx: number, ry: number, count: number, random: Random): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const x = cx + random.between(-rx, rx)
    const y = cy + random.between(-ry, ry)
    const a = random.between(0, Math.PI * 2)
    const length = random.between(18, 34)
    parts.push(`<path d="M${f(x)} ${f(y)} q${f(Math.cos(a + 0.6) * length * 0.5)} ${f(Math.sin(a + 0.6) * length * 0.5)} ${f(Math.cos(a) * length)} ${f(Math.sin(a) * length)}" stroke="${random.chance(0.3) ? "#8e1b17" : STIGMA}" stroke-width="${f(random.between(3, 5))}" fill="none" stroke-linecap="round"/>`)
  }
  return parts.join("")
}

/** A crocus flower seen from above: six violet tepals and three red stigmas. */
function crocus(cx: number, cy: number, r: number, angle: number): string {
  const tepals = Array.from({ length: 6 }, (_, i) => `<ellipse cx="${f(cx)}" cy="${f(cy - r * 0.5)}" rx="${f(r * 0.28)}" ry="${f(r * 0.55)}" fill="${i % 2 ? "#8e6bb5" : "#a583cc"}" transform="rotate(${angle + i * 60} ${f(cx)} ${f(cy)})"/>`).join("")
  const stigmas = [0, 120, 240].map((a) => `<path d="M${f(cx)} ${f(cy)} l0 ${f(-r * 0.6)}" stroke="${STIGMA}" stroke-width="${f(r * 0.08)}" stroke-linecap="round" transform="rotate(${angle + a + 30} ${f(cx)} ${f(cy)})"/>`).join("")
  return shadow(cx + 10, cy + 10, r * 0.8, r * 0.5, 0.2) + tepals + `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.14)}" fill="#f2d36b"/>` + stigmas
}

/** Saffron in glass jars, tins and wooden boxes, and the crocus it comes from. */
export const saffron: Illustrate = (product, random) => {
  const tags = product.tags
  let body: string
  if (tags.includes("coffret")) {
    body =
      shadow(630, 880, 330, 28) +
      `<ellipse cx="600" cy="800" rx="300" ry="90" fill="#8a5a36"/><path d="M300 800 L300 870 Q600 960 900 870 L900 800 Z" fill="#7a4c2c"/><ellipse cx="600" cy="800" rx="270" ry="74" fill="#5e3a22"/>` +
      threads(600, 790, 220, 50, 160, random) +
      `<ellipse cx="960" cy="760" rx="150" ry="48" fill="#9a6a42" transform="rotate(-18 960 760)"/>`
  } else {
    const small = product.variants.every((variant) => !variant.value.startsWith("10"))
    const width = small ? 220 : 300
    body = jar(600, 870, width, small ? 240 : 330, "#f4efe6", 0.5, "#c9a26e", threads(600, 870 - (small ? 60 : 80), width / 2 - 20, small ? 50 : 70, small ? 140 : 220, random))
  }
  const flowers = [crocus(300, 930, 90, 10), crocus(900, 960, 80, 40)].join("")
  return {
    main: scene(BACKDROP, enlarge(body, 1.1) + flowers, random),
    alternate: scene(BACKDROP, dish(600, 720, 260, "#f3efe8", "#f3efe8") + threads(600, 720, 170, 45, 200, random) + crocus(260, 930, 130, 0) + crocus(930, 960, 120, 25) + crocus(900, 640, 90, 50), random, { horizon: 0.45 }),
  }
}
