import { dyeOf } from "@tiwizi/crafts"
import { shade } from "../colour"
import type { Random } from "../prng"
import { diamond, fixed as f, shadow } from "./draw"
import { rosette } from "./ornaments"
import { enlarge, scene } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#eee9e1", table: "#c9b8a3" }
const COTTON = "#f1ebdd"

type Cloth = { ground: string; stripes: string[]; embroidery: string[]; sequins: boolean }

function clothOf(product: { dyes: string[]; technique?: string; tags: string[] }): Cloth {
  const colours = product.dyes.map((code) => dyeOf(code).hex)
  if (product.technique === "embroidered") return { ground: COTTON, stripes: [], embroidery: colours, sequins: false }
  return { ground: colours[0] ?? COTTON, stripes: colours.slice(1), embroidery: [], sequins: product.tags.includes("handira") }
}

/** The visible face of a folded layer: its stripes, lozenges or embroidery, clipped to the layer. */
function face(x: number, y: number, w: number, h: number, cloth: Cloth, random: Random, id: string): string {
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${cloth.ground}"/>`]
  cloth.stripes.forEach((stripe, i) => {
    for (let sx = x + 40 + i * 70; sx < x + w; sx += 70 * cloth.stripes.length + 60) parts.push(`<rect x="${sx}" y="${y}" width="${random.int(14, 40)}" height="${h}" fill="${stripe}"/>`)
  })
  if (cloth.embroidery.length) parts.push(rosette(x + w - 90, y + h / 2, Math.min(70, h * 0.42), cloth.embroidery))
  if (cloth.sequins) {
    for (let sx = x + 20; sx < x + w; sx += 26) for (let sy = y + 14; sy < y + h; sy += 26) parts.push(`<circle cx="${sx}" cy="${sy}" r="6" fill="#f4f1e8" stroke="#b9b09a" stroke-width="1.5"/>`)
  }
  for (let ly = y + 6; ly < y + h; ly += 8) parts.push(`<rect x="${x}" y="${ly}" width="${w}" height="1.5" fill="#000" opacity="0.05"/>`)
  return `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18"/></clipPath><g clip-path="url(#${id})">${parts.join("")}</g><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="url(#top-light)"/>`
}

/** A stack of folded cloth: three layers seen from the front, with fringes on the bottom one. */
function foldedStack(cloth: Cloth, random: Random, fringes: boolean): string {
  const parts = [shadow(630, 880, 420, 34)]
  const layers = 3
  for (let i = 0; i < layers; i++) {
    const y = 860 - (i + 1) * 115
    parts.push(`<rect x="${200 + i * 8}" y="${y - 10}" width="${800 - i * 16}" height="40" rx="20" fill="${shade(cloth.ground, -0.12)}"/>`)
    parts.push(face(200 + i * 8, y, 800 - i * 16, 105, cloth, random, `fold-${i}-${random.int(0, 1e9)}`))
  }
  if (fringes) {
    for (let x = 215; x < 990; x += 14) parts.push(`<path d="M${x} 860 q${random.between(-5, 5).toFixed(1)} 25 ${random.between(-8, 8).toFixed(1)} 50" stroke="${shade(cloth.ground, -0.08)}" stroke-width="5" fill="none" stroke-linecap="round"/>`)
  }
  return parts.join("")
}

/** A plump square cushion with its pattern. */
function cushion(cloth: Cloth, random: Random, zayane: boolean): string {
  const d = "M300 420 Q600 380 900 420 Q940 630 900 840 Q600 880 300 840 Q260 630 300 420 Z"
  const parts = [`<path d="${d}" fill="${cloth.ground}"/>`]
  if (zayane && cloth.stripes.length) {
    for (let y = 480; y < 840; y += 120) for (let x = 360; x < 900; x += 120) parts.push(diamond(x + ((y / 120) % 2) * 60, y, 50, 55, cloth.stripes[(x + y) % cloth.stripes.length]), diamond(x + ((y / 120) % 2) * 60, y, 18, 20, shade(cloth.ground, -0.4)))
  } else if (cloth.embroidery.length) {
    parts.push(rosette(600, 630, 170, cloth.embroidery))
  } else {
    cloth.stripes.forEach((stripe, i) => parts.push(`<rect x="260" y="${480 + i * 130}" width="700" height="${random.int(30, 60)}" fill="${stripe}"/>`))
  }
  return shadow(630, 860, 330, 34) + `<clipPath id="cushion"><path d="${d}"/></clipPath><g clip-path="url(#cushion)">${parts.join("")}</g><path d="${d}" fill="url(#volume)"/><path d="${d}" fill="url(#top-light)"/>`
}

/** A flat close-up of the fabric: its weave, its pattern and, for wool, a fringed edge. */
function swatch(cloth: Cloth, random: Random): string {
  const parts = [`<rect width="1200" height="1200" fill="${cloth.ground}"/>`]
  // Hand-spun yarn is never even: bands of slightly different tone run across the weave.
  for (let y = 0; y < 1200; y += random.int(20, 70)) parts.push(`<rect y="${y}" width="1200" height="${random.int(8, 30)}" fill="${shade(cloth.ground, random.between(-0.07, 0.04))}"/>`)
  cloth.stripes.forEach((stripe, i) => {
    for (let x = 80 + i * 180; x < 1200; x += 180 * cloth.stripes.length + 140) parts.push(`<rect x="${x}" y="0" width="${random.int(40, 110)}" height="1200" fill="${stripe}"/>`)
  })
  for (let d = -1200; d < 1200; d += 16) parts.push(`<path d="M${d} 0 L${d + 1200} 1200" stroke="#000" stroke-opacity="0.05" stroke-width="5"/>`)
  if (cloth.embroidery.length) parts.push(rosette(600, 560, 380, cloth.embroidery))
  if (cloth.sequins) for (let x = 30; x < 1200; x += 60) for (let y = 30; y < 1060; y += 60) parts.push(`<circle cx="${x}" cy="${y}" r="14" fill="#f6f3ea" stroke="#a89f88" stroke-width="3"/><circle cx="${x - 4}" cy="${y - 4}" r="4" fill="#fff"/>`)
  for (let y = 0; y < 1200; y += 10) parts.push(`<rect y="${y}" width="1200" height="3" fill="#000" opacity="0.06"/>`)
  for (let x = 0; x < 1200; x += 10) parts.push(`<rect x="${x}" width="2" height="1200" fill="#fff" opacity="0.05"/>`)
  if (!cloth.embroidery.length) for (let x = 10; x < 1200; x += 22) parts.push(`<path d="M${x} 1080 q${f(random.between(-8, 8))} 60 ${f(random.between(-14, 14))} 120" stroke="${shade(cloth.ground, -0.1)}" stroke-width="9" fill="none" stroke-linecap="round"/>`)
  return parts.join("")
}

/** Blankets, throws, cushions, scarves and embroidered linen. */
export const textiles: Illustrate = (product, random) => {
  const cloth = clothOf(product)
  const tags = product.tags
  const body = tags.includes("coussin") ? cushion(cloth, random, tags.includes("zayane")) : foldedStack(cloth, random, !cloth.embroidery.length)
  return {
    main: scene(BACKDROP, enlarge(body, 1.1), random),
    alternate: scene(BACKDROP, swatch(cloth, random), random, { horizon: 1 }),
  }
}
