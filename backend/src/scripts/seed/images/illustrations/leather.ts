import { dyeOf } from "@tiwizi/crafts"
import { shade } from "../colour"
import type { Random } from "../prng"
import { fixed as f, shadow, solid } from "./draw"
import { rosette } from "./ornaments"
import { enlarge, scene, zoom } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#efe2d4", table: "#b89a80" }
/** Goat leather tanned with mimosa bark and left undyed. */
const NATURAL = "#c99a62"
const THREAD = "#f0e6cf"

/** A line of saddle stitches along a path, as dashes of light thread. */
function stitches(d: string): string {
  return `<path d="${d}" stroke="${THREAD}" stroke-width="4" stroke-dasharray="12 9" fill="none"/>`
}

function pouf(leather: string, square: boolean, embroidery: string[]): string {
  if (square) {
    return (
      shadow(630, 870, 360, 30) +
      solid("M260 520 L860 520 L940 460 L940 800 L860 870 L260 870 Z", leather) +
      `<path d="M260 520 L340 460 L940 460 L860 520 Z" fill="${shade(leather, 0.12)}"/>` +
      `<path d="M860 520 L940 460 L940 800 L860 870 Z" fill="${shade(leather, -0.15)}"/>` +
      stitches("M275 535 L845 535 L845 855 L275 855 Z") +
      stitches("M350 472 L925 472")
    )
  }
  const body = "M220 650 Q220 520 600 520 Q980 520 980 650 L980 780 Q980 900 600 900 Q220 900 220 780 Z"
  const seams = [-3, -2, -1, 0, 1, 2, 3].map((i) => stitches(`M${600 + i * 110} ${640 + Math.abs(i) * 4} Q${600 + i * 128} 780 ${600 + i * 110} ${890 - Math.abs(i) * 12}`)).join("")
  return (
    shadow(630, 890, 420, 36) +
    solid(body, leather) +
    seams +
    `<ellipse cx="600" cy="640" rx="380" ry="110" fill="${shade(leather, 0.08)}"/>` +
    `<g transform="translate(0 ${f(640 - 640 * 0.29)}) scale(1 0.29)">${rosette(600, 640, 300, embroidery.length ? embroidery : [THREAD, shade(leather, -0.3), THREAD])}</g>` +
    `<ellipse cx="600" cy="640" rx="380" ry="110" fill="none" stroke="${shade(leather, -0.2)}" stroke-width="8"/>`
  )
}

function babouches(leather: string, pointed: boolean, embroidery: string[]): string {
  const shoe = (dx: number) => {
    const toe = pointed ? `Q${dx + 70} 380 ${dx} 330 Q${dx - 70} 380 ${dx - 85} 520` : `Q${dx + 90} 380 ${dx} 360 Q${dx - 90} 380 ${dx - 85} 520`
    const outline = `M${dx - 85} 520 L${dx - 95} 860 Q${dx} 930 ${dx + 95} 860 L${dx + 85} 520 ${toe} Z`
    const opening = `M${dx - 70} 620 Q${dx} 580 ${dx + 70} 620 L${dx + 78} 850 Q${dx} 905 ${dx - 78} 850 Z`
    const deco = embroidery.length
      ? `<path d="M${dx - 50} 560 Q${dx} 420 ${dx + 50} 560" stroke="${embroidery[0]}" stroke-width="10" fill="none"/><circle cx="${dx}" cy="470" r="14" fill="${embroidery[0]}"/>`
      : ""
    return solid(outline, leather) + `<path d="${opening}" fill="${shade(leather, -0.45)}"/>` + deco + stitches(`M${dx - 80} 530 L${dx - 88} 850`) + stitches(`M${dx + 80} 530 L${dx + 88} 850`)
  }
  return shadow(600, 900, 330, 30) + shoe(470) + shoe(730)
}

function bag(leather: string, kind: string, random: Random): string {
  if (kind === "seau") {
    const d = "M400 480 L800 480 L780 880 L420 880 Z"
    const strips: string[] = []
    for (let y = 490; y < 880; y += 30) for (let x = 400; x < 800; x += 40) strips.push(`<path d="M${x} ${y} l20 15 l20 -15" stroke="${shade(leather, -0.25)}" stroke-width="5" fill="none"/>`)
    return shadow(620, 885, 240, 26) + `<path d="M420 480 Q600 300 780 480" stroke="${shade(leather, -0.1)}" stroke-width="16" fill="none"/>` + `<clipPath id="seau"><path d="${d}"/></clipPath>` + solid(d, leather) + `<g clip-path="url(#seau)">${strips.join("")}</g><ellipse cx="600" cy="480" rx="200" ry="40" fill="${shade(leather, -0.4)}"/>`
  }
  const flap = kind === "rabat"
  const d = flap ? "M330 520 L870 520 L870 860 L330 860 Z" : "M300 470 L900 470 L850 870 L350 870 Z"
  const strap = flap
    ? `<path d="M340 530 C300 ${f(random.between(120, 200))} 900 ${f(random.between(120, 200))} 860 530" stroke="${shade(leather, -0.12)}" stroke-width="18" fill="none"/>`
    : [460, 740].map((x) => `<path d="M${x - 60} 480 C${x - 60} 250 ${x + 60} 250 ${x + 60} 480" stroke="${shade(leather, -0.12)}" stroke-width="22" fill="none"/>`).join("")
  const flapPiece = flap ? solid("M330 520 L870 520 L870 680 Q600 760 330 680 Z", shade(leather, 0.06)) + stitches("M350 540 L850 540 L850 670 Q600 740 350 670 Z") : ""
  return shadow(630, 875, 330, 30) + strap + solid(d, leather) + stitches(flap ? "M345 535 L855 535 L855 845 L345 845 Z" : "M320 490 L880 490 L835 850 L365 850 Z") + flapPiece
}

function pochette(leather: string, embroidery: string[]): string {
  const gold = embroidery[1] ?? "#d9a21b"
  const arabesques = [0, 1, 2, 3].map((i) => `<path d="M${380 + i * 120} 760 q60 -90 120 0 q-60 60 -120 0" stroke="${gold}" stroke-width="7" fill="none"/>`).join("")
  return shadow(610, 880, 320, 26) + solid("M300 600 L900 600 L900 860 L300 860 Z", leather) + solid("M300 600 L900 600 L600 780 Z", shade(leather, 0.08)) + arabesques + stitches("M315 615 L885 615 L885 845 L315 845 Z")
}

function belt(leather: string, embroidery: string[]): string {
  const parts = [shadow(620, 860, 330, 40)]
  for (let r = 300; r > 90; r -= 58) parts.push(`<ellipse cx="600" cy="760" rx="${r}" ry="${f(r * 0.36)}" fill="none" stroke="${shade(leather, (r % 116) / 800)}" stroke-width="46"/><ellipse cx="600" cy="760" rx="${r}" ry="${f(r * 0.36)}" fill="none" stroke="${embroidery[0] ?? THREAD}" stroke-width="6" stroke-dasharray="14 14"/>`)
  parts.push(`<rect x="870" y="690" width="90" height="120" rx="14" fill="none" stroke="#c9a44a" stroke-width="16"/>`)
  return parts.join("")
}

/** Poufs, babouches, bags, clutches and belts in vegetable-tanned goat leather. */
export const leather: Illustrate = (product, random) => {
  const colours = product.dyes.map((code) => dyeOf(code).hex)
  const hide = product.tags.includes("brode") && colours.length === 0 ? NATURAL : (colours[0] ?? NATURAL)
  const embroidery = product.tags.includes("brode") ? (colours.length > 1 ? colours.slice(1) : [THREAD, "#d9a21b"]) : []
  const tags = product.tags
  let body: string
  let focus = { x: 600, y: 700 }
  if (tags.includes("pouf")) {
    body = pouf(hide, product.handle.includes("carre"), embroidery)
    focus = { x: 600, y: 650 }
  } else if (tags.includes("babouches")) {
    body = babouches(hide, !product.handle.includes("homme"), embroidery)
    focus = { x: 600, y: 560 }
  } else if (tags.includes("pochette")) body = pochette(hide, colours)
  else if (tags.includes("ceinture")) body = belt(hide, colours.length ? [THREAD] : [])
  else body = bag(hide, product.handle.includes("seau") ? "seau" : product.handle.includes("sacoche") || product.handle.includes("porte-documents") ? "rabat" : "cabas", random)
  return {
    main: scene(BACKDROP, enlarge(body, 1.1), random),
    alternate: scene(BACKDROP, zoom(body, focus, tags.includes("babouches") ? 1.6 : 2.3), random, { horizon: 0.95 }),
  }
}
