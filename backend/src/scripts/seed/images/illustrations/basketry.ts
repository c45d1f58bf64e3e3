import { dyeOf } from "@tiwizi/crafts"
import { shade } from "../colour"
import type { Random } from "../prng"
import { around, band, diamond, fixed as f, shadow, solid, vesselPath, widthAt } from "./draw"
import { enlarge, scene, zoom } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#e7e8dc", table: "#c2b596" }
const CX = 600
const DOUM = "#d6bd86"
const RUSH = "#cbb67c"

/** Coils of a sewn basket: a ring every few pixels, with the stitches that bind them. */
function coils(profile: [number, number][], y0: number, y1: number, colour: string, accent: string | null): string {
  const parts: string[] = []
  for (let y = y0, i = 0; y < y1; y += 16, i++) {
    const w = widthAt(profile, y)
    parts.push(band(CX, y, w, 3, shade(colour, -0.22), 0.16))
    parts.push(around(CX, y + 8, w, 18, (x, py, squeeze) => `<rect x="${f(x - 2 * squeeze)}" y="${f(py - 6)}" width="${f(4 * squeeze + 1)}" height="12" fill="${shade(colour, -0.3)}"/>`, 0.16))
    if (accent && i % 4 === 1) parts.push(around(CX, y + 8, w, 9, (x, py, squeeze) => `<path d="M${f(x - 26 * squeeze)} ${f(py + 14)} l${f(26 * squeeze)} -30 l${f(26 * squeeze)} 30 Z" fill="${accent}"/>`, 0.16))
  }
  return parts.join("")
}

function basket(profile: [number, number][], colour: string, accent: string | null, random: Random, withHandles: boolean): string {
  const top = profile[0]
  const bottom = profile[profile.length - 1]
  const d = vesselPath(profile, CX)
  const clip = `basket-${random.int(0, 1e9)}`
  const handles = withHandles
    ? [-1, 1].map((side) => `<path d="M${CX + side * top[1] * 0.55} ${top[0]} q${side * 40} -150 ${side * 150} -10" stroke="${shade(colour, -0.12)}" stroke-width="22" fill="none" stroke-linecap="round"/>`).join("")
    : ""
  return (
    shadow(CX + 30, bottom[0], bottom[1] * 1.3, 26) +
    handles +
    `<clipPath id="${clip}"><path d="${d}"/></clipPath><path d="${d}" fill="${colour}"/>` +
    `<g clip-path="url(#${clip})">${coils(profile, top[0] + 10, bottom[0], colour, accent)}</g>` +
    `<path d="${d}" fill="url(#volume)"/>` +
    `<ellipse cx="${CX}" cy="${top[0]}" rx="${top[1]}" ry="${f(top[1] * 0.18)}" fill="${shade(colour, -0.35)}" stroke="${shade(colour, -0.05)}" stroke-width="10"/>`
  )
}

/** A round mat (or plate-like tray) seen from above: a tight spiral of coils. */
function spiral(cx: number, cy: number, r: number, colour: string, edge: string | null, squash = 1): string {
  const parts = [`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>`]
  for (let ring = r; ring > 8; ring -= 15) parts.push(`<circle cx="${cx}" cy="${cy}" r="${f(ring)}" fill="none" stroke="${shade(colour, -0.22)}" stroke-width="3"/>`)
  for (let ring = r - 7; ring > 10; ring -= 15) {
    const count = Math.max(6, Math.round(ring / 9))
    for (let i = 0; i < count; i++) {
      const a = (i / count) * Math.PI * 2
      parts.push(`<circle cx="${f(cx + Math.cos(a) * ring)}" cy="${f(cy + Math.sin(a) * ring)}" r="2.5" fill="${shade(colour, -0.35)}"/>`)
    }
  }
  if (edge) parts.push(`<circle cx="${cx}" cy="${cy}" r="${r - 8}" fill="none" stroke="${edge}" stroke-width="16"/>`)
  return `<g transform="translate(0 ${f(cy - cy * squash)}) scale(1 ${squash})">${parts.join("")}</g>`
}

function mat(colour: string, threads: string[]): string {
  const parts = [`<path d="M250 600 L950 600 L1100 980 L100 980 Z" fill="${colour}"/>`]
  for (let y = 606; y < 980; y += 7) {
    const t = (y - 600) / 380
    parts.push(`<rect x="${f(250 - 150 * t)}" y="${y}" width="${f(700 + 300 * t)}" height="2" fill="${shade(colour, -0.15)}"/>`)
  }
  threads.forEach((thread, i) => {
    const y = 650 + i * 150
    const t = (y - 600) / 380
    const x0 = 250 - 150 * t
    const width = 700 + 300 * t
    for (let k = 0; k < 9; k++) parts.push(diamond(x0 + (width / 9) * (k + 0.5), y + 30, (width / 9) * 0.32, 22 + 8 * t, thread))
    parts.push(`<rect x="${f(x0)}" y="${y}" width="${f(width)}" height="6" fill="${thread}"/><rect x="${f(x0)}" y="${y + 56}" width="${f(width)}" height="6" fill="${thread}"/>`)
  })
  return shadow(620, 985, 520, 30) + parts.join("") + `<path d="M250 600 L950 600 L1100 980 L100 980 Z" fill="url(#top-light)"/>`
}

function hat(colour: string, pompoms: string[], random: Random): string {
  const parts = [shadow(CX + 30, 860, 430, 40), `<ellipse cx="${CX}" cy="800" rx="430" ry="120" fill="${colour}"/>`]
  for (let r = 420; r > 150; r -= 22) parts.push(`<ellipse cx="${CX}" cy="800" rx="${r}" ry="${f(r * 0.28)}" fill="none" stroke="${shade(colour, -0.18)}" stroke-width="3"/>`)
  parts.push(solid(vesselPath([[560, 110], [600, 150], [700, 175], [780, 180]], CX), colour))
  pompoms.forEach((pompom, i) => {
    const a = -0.9 + i * 0.6
    const x = CX + Math.sin(a) * 200
    parts.push(`<path d="M${f(x)} 640 q${f(random.between(-30, 30))} 100 ${f(random.between(-40, 40))} 200" stroke="${pompom}" stroke-width="6" fill="none"/><circle cx="${f(x)}" cy="640" r="34" fill="${pompom}"/><circle cx="${f(x)}" cy="640" r="34" fill="url(#volume)"/>`)
  })
  return parts.join("")
}

function couffin(colour: string, handle: string): string {
  const body = `M330 520 L870 520 L820 870 L380 870 Z`
  const weave: string[] = []
  for (let y = 530; y < 870; y += 26) for (let x = 340; x < 870; x += 26) weave.push(`<path d="M${x} ${y} l13 13 l13 -13" stroke="${shade(colour, -0.25)}" stroke-width="3" fill="none"/>`)
  return (
    shadow(630, 872, 280, 24) +
    [440, 760].map((x) => `<path d="M${x - 40} 530 C${x - 40} 330 ${x + 40} 330 ${x + 40} 530" stroke="${handle}" stroke-width="22" fill="none"/>`).join("") +
    `<clipPath id="couffin"><path d="${body}"/></clipPath><path d="${body}" fill="${colour}"/><g clip-path="url(#couffin)">${weave.join("")}</g><path d="${body}" fill="url(#volume)"/>` +
    `<rect x="325" y="510" width="550" height="22" rx="8" fill="${shade(colour, -0.1)}"/>`
  )
}

/** Doum baskets, tbaks, market bags, hats and rush mats. */
export const basketry: Illustrate = (product, random) => {
  const tags = product.tags
  const henna = product.dyes.includes("henna") ? dyeOf("henna").hex : null
  const colours = product.dyes.map((code) => dyeOf(code).hex)
  let body: string
  let alternate: string
  if (tags.includes("natte")) {
    body = mat(RUSH, colours)
    alternate = zoom(body, { x: 600, y: 720 }, 2.4)
  } else if (tags.includes("set-de-table")) {
    body = shadow(630, 830, 420, 40) + spiral(600, 800, 360, product.tags.includes("jonc") ? RUSH : DOUM, henna ?? colours[0] ?? null, 0.34)
    alternate = spiral(600, 600, 460, tags.includes("jonc") ? RUSH : DOUM, henna ?? colours[0] ?? null)
  } else if (tags.includes("chapeau")) {
    body = hat(DOUM, colours, random)
    alternate = zoom(body, { x: 600, y: 700 }, 1.9)
  } else if (tags.includes("couffin")) {
    body = couffin(DOUM, "#7a4a2a")
    alternate = zoom(body, { x: 600, y: 600 }, 2.2)
  } else if (tags.includes("tbak")) {
    const base = basket([[740, 270], [800, 265], [860, 255]], DOUM, null, random, false)
    const lid = basket([[330, 14], [360, 40], [520, 150], [680, 240], [760, 282]], DOUM, henna, random, false)
    body = base + lid
    alternate = spiral(600, 600, 460, DOUM, henna)
  } else {
    const low = tags.includes("corbeille")
    const tall = tags.includes("rangement")
    const profile: [number, number][] = low
      ? [[720, 340], [760, 320], [830, 260], [860, 230]]
      : tall
        ? [[360, 220], [400, 223], [560, 222], [720, 217], [820, 212], [860, 210]]
        : [[520, 240], [560, 243], [680, 240], [780, 232], [840, 225], [860, 222]]
    body = basket(profile, DOUM, henna, random, !low && !tall)
    if (tall) body += `<ellipse cx="${CX}" cy="352" rx="232" ry="44" fill="${DOUM}"/><ellipse cx="${CX}" cy="352" rx="232" ry="44" fill="url(#top-light)"/>`
    alternate = spiral(600, 600, 460, DOUM, henna)
  }
  const topView = !alternate.startsWith("<g transform=\"translate(")
  return {
    main: scene(BACKDROP, enlarge(body, 1.12), random),
    alternate: scene(topView ? { wall: BACKDROP.table, table: BACKDROP.table } : BACKDROP, alternate, random, { horizon: topView ? 0 : 0.92 }),
  }
}
