import { shade } from "../colour"
import type { Random } from "../prng"
import { fixed as f, shadow } from "./draw"
import { dish, jar } from "./glass"
import { enlarge, scene } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#f4ecd9", table: "#c9a97c" }

/** The colour of each honey, from pale creamy rosemary to dark carob. */
const honeyColours: Record<string, string> = {
  romarin: "#f0dca0",
  "toutes-fleurs": "#e6b04a",
  oranger: "#e8b54c",
  thym: "#c67d1e",
  jujubier: "#b8691a",
  euphorbe: "#b0701d",
  eucalyptus: "#9a5a1c",
  caroube: "#6e3a12",
  rayon: "#e2a93a",
}

/** A honeycomb slab: rows of hexagonal cells, some capped with wax. */
function comb(x0: number, y0: number, width: number, height: number, honey: string, random: Random): string {
  const parts = [`<rect x="${x0}" y="${y0}" width="${width}" height="${height}" rx="12" fill="${shade(honey, -0.15)}"/>`]
  const r = 22
  for (let row = 0, y = y0 + r; y < y0 + height - r / 2; row++, y += r * 1.5) {
    for (let x = x0 + r + (row % 2) * r * 0.87; x < x0 + width - r / 2; x += r * 1.74) {
      const points = Array.from({ length: 6 }, (_, k) => `${f(x + r * 0.9 * Math.cos((Math.PI / 3) * k + Math.PI / 6))},${f(y + r * 0.9 * Math.sin((Math.PI / 3) * k + Math.PI / 6))}`).join(" ")
      parts.push(`<polygon points="${points}" fill="${random.chance(0.4) ? "#f3dc95" : shade(honey, 0.1)}" stroke="${shade(honey, -0.3)}" stroke-width="3"/>`)
    }
  }
  return parts.join("")
}

/** A wooden honey dipper with a drop running off it. */
function dipper(honey: string): string {
  return (
    `<path d="M640 420 L900 250" stroke="#9a6a3c" stroke-width="22" stroke-linecap="round"/>` +
    `<g transform="rotate(-33 640 420)">${[0, 1, 2, 3].map((i) => `<rect x="${560 + i * 28}" y="${385 + (i % 2) * 6}" width="24" height="${70 - (i % 2) * 12}" rx="10" fill="#b07c48"/>`).join("")}</g>` +
    `<path d="M600 460 Q596 560 604 650" stroke="${honey}" stroke-width="14" fill="none" stroke-linecap="round"/>`
  )
}

/** Jars of raw honey, a honeycomb and a three-jar gift box. */
export const honey: Illustrate = (product, random) => {
  const colour = Object.entries(honeyColours).find(([tag]) => product.tags.includes(tag))?.[1] ?? "#d39a30"
  const cloth = random.pick(["#d9c7a5", "#c8d3c0", "#e3c9b8", "#d6d0e0"])
  let body: string
  if (product.tags.includes("rayon")) {
    body = shadow(630, 880, 330, 30) + `<rect x="300" y="560" width="600" height="320" rx="18" fill="#e8e2d6" opacity="0.9"/>` + comb(320, 580, 560, 280, colour, random)
  } else if (product.tags.includes("coffret")) {
    body = ["#f0dca0", "#e8b54c", "#9a5a1c"].map((c, i) => jar(380 + i * 220, 870, 170, 210, c, 0.92, cloth)).join("")
  } else {
    body = jar(600, 870, 320, 400, colour, 0.93, cloth) + (product.variants.length > 1 ? jar(880, 870, 170, 220, colour, 0.93, cloth) : "")
  }
  return {
    main: scene(BACKDROP, enlarge(body, 1.08), random),
    alternate: scene(BACKDROP, dish(600, 700, 280, "#ece4d6", colour) + dipper(colour) + `<g transform="translate(80 260) scale(0.55)">${comb(200, 900, 420, 260, colour, random)}</g>`, random, { horizon: 0.5 }),
  }
}
