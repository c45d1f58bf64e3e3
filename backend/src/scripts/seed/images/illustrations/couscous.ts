import { shade } from "../colour"
import type { Random } from "../prng"
import { fixed as f, shadow } from "./draw"
import { enlarge, scene } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#f0e2d6", table: "#bf9f7e" }

/** Grain colours: pale durum wheat, golden barley, brown wholegrain, green-smoked frik. */
function grainOf(tags: string[]): string {
  if (tags.includes("frik")) return "#9a9350"
  if (tags.includes("complet")) return "#b8915a"
  if (tags.includes("orge")) return "#c9a46a"
  return "#e2c37c"
}

/** A heap of grains: many small ovals of slightly different shades inside an outline. */
function grains(cx: number, cy: number, rx: number, ry: number, colour: string, size: number, random: Random): string {
  const parts = [`<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${shade(colour, -0.08)}"/>`]
  const count = Math.round((rx * ry) / (size * size * 1.6))
  for (let i = 0; i < count; i++) {
    const a = random.next() * Math.PI * 2
    const d = Math.sqrt(random.next())
    const x = cx + Math.cos(a) * rx * d
    const y = cy + Math.sin(a) * ry * d
    parts.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(size)}" ry="${f(size * 0.8)}" fill="${shade(colour, random.between(-0.12, 0.14))}"/>`)
  }
  return parts.join("")
}

function sack(colour: string, size: number, random: Random): string {
  const body = "M360 470 Q330 700 370 880 L830 880 Q870 700 840 470 Z"
  const weave: string[] = []
  for (let y = 480; y < 880; y += 12) weave.push(`<rect x="330" y="${y}" width="540" height="3" fill="#000" opacity="0.05"/>`)
  return (
    shadow(630, 885, 320, 30) +
    `<clipPath id="sack"><path d="${body}"/></clipPath><path d="${body}" fill="#e8dcc2"/><g clip-path="url(#sack)">${weave.join("")}</g><path d="${body}" fill="url(#volume)"/>` +
    `<path d="M340 470 Q600 420 860 470 Q870 520 850 540 Q600 500 350 540 Q330 520 340 470 Z" fill="#ddd0b3"/>` +
    grains(600, 480, 235, 48, colour, size, random) +
    `<path d="M700 450 L820 330" stroke="#a67a4c" stroke-width="18" stroke-linecap="round"/><ellipse cx="680" cy="470" rx="60" ry="26" fill="#a67a4c"/>`
  )
}

function gasaa(colour: string, size: number, random: Random): string {
  return (
    shadow(620, 880, 470, 60) +
    `<path d="M130 640 Q170 880 600 900 Q1030 880 1070 640 Z" fill="#8a5a34"/><path d="M130 640 Q170 880 600 900 Q1030 880 1070 640 Z" fill="url(#volume)"/>` +
    `<ellipse cx="600" cy="640" rx="470" ry="130" fill="#a06a3e"/><ellipse cx="600" cy="645" rx="430" ry="112" fill="#6e4424"/>` +
    grains(600, 620, 390, 120, colour, size, random) +
    grains(600, 560, 240, 80, colour, size, random)
  )
}

/** Hand-rolled couscous in a cotton sack, and served in a wooden gasaa. */
export const couscous: Illustrate = (product, random) => {
  const colour = grainOf(product.tags)
  const size = product.tags.includes("mhamsa") ? 9 : product.handle.includes("fin") ? 4 : 6
  return {
    main: scene(BACKDROP, enlarge(sack(colour, size, random), 1.1), random),
    alternate: scene(BACKDROP, gasaa(colour, size, random), random, { horizon: 0.45 }),
  }
}
