import { shade } from "../colour"
import type { Random } from "../prng"
import { around, band, deep, diamond, fixed as f, shadow, solid, vesselPath, widthAt } from "./draw"
import { rosette } from "./ornaments"
import { enlarge, scene, zoom } from "./scene"
import type { Illustrate } from "./types"

const BACKDROP = { wall: "#efe4d6", table: "#cdb79c" }
const CX = 600

type Glaze = { body: string; paint: string[]; drips: boolean; foot: string }

/** Glaze and paint from the product's tags: Salé blue on white, Salé green and brown on cream, Tamegroute's runny green, or bare terracotta. */
function glazeOf(tags: string[], random: Random): Glaze {
  if (tags.includes("tamegroute")) return { body: random.pick(["#2f6b3a", "#3a7a3f", "#27603a"]), paint: [], drips: true, foot: "#9a6a48" }
  if (tags.includes("bleu")) return { body: "#f1ece0", paint: ["#1e4d9b", "#2f6fb8", "#d9a21b"], drips: false, foot: "#c9b79a" }
  if (tags.includes("vert")) return { body: "#efe6d0", paint: ["#2f6b3a", "#6b4226", "#c99a2e"], drips: false, foot: "#c9b79a" }
  return { body: "#b6562f", paint: ["#8a3a1f", "#e6d2b4"], drips: false, foot: "#a04a28" }
}

/** Painted bands and lozenges around a body between y0 and y1, or runny drips for Tamegroute. */
function decorate(profile: [number, number][], y0: number, y1: number, glaze: Glaze, random: Random): string {
  if (glaze.drips) {
    const parts: string[] = []
    for (let i = 0; i < 22; i++) {
      const angle = -Math.PI / 2 + Math.PI * random.next()
      const y = y0 + random.between(0, 30)
      const w = widthAt(profile, y)
      const x = CX + w * Math.sin(angle) * 0.95
      const length = random.between(40, (y1 - y0) * 0.7)
      parts.push(`<path d="M${f(x)} ${f(y)} q${f(random.between(-6, 6))} ${f(length / 2)} 0 ${f(length)}" stroke="${shade(glaze.body, random.between(-0.25, 0.15))}" stroke-width="${f(random.between(6, 14))}" stroke-linecap="round" opacity="0.7"/>`)
    }
    return parts.join("")
  }
  if (!glaze.paint.length || glaze.body === "#b6562f") return band(CX, y0, widthAt(profile, y0), 6, glaze.paint[0] ?? "#8a3a1f")
  const [first, second, third] = glaze.paint
  const mid = (y0 + y1) / 2
  return (
    band(CX, y0, widthAt(profile, y0), 10, first) +
    band(CX, y0 + 16, widthAt(profile, y0 + 16), 4, second) +
    around(CX, mid, widthAt(profile, mid), 9, (x, y, squeeze) => diamond(x, y, 34 * squeeze + 4, 46, first) + diamond(x, y, 12 * squeeze + 2, 16, third)) +
    band(CX, y1 - 16, widthAt(profile, y1 - 16), 4, second) +
    band(CX, y1, widthAt(profile, y1), 10, first)
  )
}

/** A turned vessel standing on the table, with its rim's dark mouth and its decoration. */
function vessel(profile: [number, number][], glaze: Glaze, random: Random, decoration: [number, number]): string {
  const top = profile[0]
  const bottom = profile[profile.length - 1]
  const d = vesselPath(profile, CX)
  const clip = `vessel-${random.int(0, 1e9)}`
  return (
    shadow(CX + 30, bottom[0], bottom[1] * 1.3, 28) +
    `<clipPath id="${clip}"><path d="${d}"/></clipPath>` +
    `<path d="${d}" fill="${glaze.body}"/>` +
    `<g clip-path="url(#${clip})">${decorate(profile, decoration[0], decoration[1], glaze, random)}` +
    `<rect x="${f(CX - top[1] * 4)}" y="${f(bottom[0] - 24)}" width="${f(top[1] * 8)}" height="24" fill="${glaze.foot}"/></g>` +
    `<path d="${d}" fill="url(#volume)"/>` +
    `<ellipse cx="${CX}" cy="${f(top[0])}" rx="${f(top[1])}" ry="${f(top[1] * 0.22)}" fill="${deep(glaze.body, 0.55)}" stroke="${shade(glaze.body, -0.1)}" stroke-width="6"/>`
  )
}

function tajine(glaze: Glaze, random: Random): string {
  const lid: [number, number][] = [[330, 16], [350, 26], [440, 50], [560, 100], [680, 175], [770, 250], [800, 290]]
  const dish = `M${CX - 340} 800 Q${CX - 320} 862 ${CX - 240} 868 L${CX + 240} 868 Q${CX + 320} 862 ${CX + 340} 800 Z`
  return (
    shadow(CX + 30, 872, 360, 34) +
    solid(dish, glaze.body) +
    `<ellipse cx="${CX}" cy="800" rx="340" ry="58" fill="${shade(glaze.body, -0.12)}"/>` +
    solid(vesselPath(lid, CX), glaze.body) +
    decorate(lid, 470, 740, glaze, random) +
    `<path d="${vesselPath(lid, CX)}" fill="url(#volume)"/>` +
    `<ellipse cx="${CX}" cy="318" rx="34" ry="26" fill="${glaze.body}"/><ellipse cx="${CX}" cy="318" rx="34" ry="26" fill="url(#volume)"/>`
  )
}

function plate(glaze: Glaze, stack: number, deepDish: boolean): string {
  const parts: string[] = []
  for (let i = stack - 1; i >= 0; i--) {
    const cy = 780 - i * 22
    parts.push(
      `<ellipse cx="${CX}" cy="${cy + 18}" rx="380" ry="${deepDish ? 150 : 128}" fill="${shade(glaze.body, -0.15)}"/>`,
      `<ellipse cx="${CX}" cy="${cy}" rx="380" ry="${deepDish ? 150 : 128}" fill="${glaze.body}"/>`,
    )
  }
  const colours = glaze.paint.length ? glaze.paint : [shade(glaze.body, -0.3), shade(glaze.body, 0.2)]
  return (
    shadow(CX + 30, 830, 400, 60) +
    parts.join("") +
    `<ellipse cx="${CX}" cy="780" rx="300" ry="${deepDish ? 110 : 98}" fill="${shade(glaze.body, -0.06)}"/>` +
    `<g transform="translate(0 ${780 - 780 * 0.33}) scale(1 0.33)">${rosette(CX, 780, 270, colours)}</g>`
  )
}

function bowls(glaze: Glaze, count: number): string {
  const parts: string[] = []
  const positions = count > 1 ? [400, 800] : [CX]
  for (const x of positions) {
    const w = count > 1 ? 190 : 320
    const profile: [number, number][] = [[860 - w * 0.75, w], [860 - w * 0.55, w * 0.93], [860 - w * 0.25, w * 0.7], [860, w * 0.42]]
    const d = vesselPath(profile, x)
    parts.push(shadow(x + 20, 862, w * 0.9, 24), solid(d, glaze.body))
    if (glaze.paint.length) {
      const y = 860 - w * 0.5
      parts.push(around(x, y, widthAt(profile, y) * 0.98, 7, (px, py, s) => diamond(px, py, 22 * s + 3, 26, glaze.paint[0]), 0.16))
    }
    parts.push(`<ellipse cx="${x}" cy="${f(860 - w * 0.75)}" rx="${w}" ry="${f(w * 0.25)}" fill="${shade(glaze.body, -0.18)}"/><ellipse cx="${x}" cy="${f(860 - w * 0.73)}" rx="${f(w * 0.93)}" ry="${f(w * 0.21)}" fill="${shade(glaze.body, -0.05)}"/>`)
  }
  return parts.join("")
}

/** A pulled handle on the right (side 1) or left (side -1) of a vessel. */
function jugHandle(glaze: Glaze, side: 1 | -1): string {
  const d = `M${CX + side * 100} 470 C${CX + side * 260} 470 ${CX + side * 250} 640 ${CX + side * 150} 690`
  return `<path d="${d}" stroke="${glaze.body}" stroke-width="30" fill="none" stroke-linecap="round"/><path d="${d}" stroke="#000" stroke-opacity="0.15" stroke-width="30" fill="none" stroke-linecap="round"/>`
}

/** The pottery picture for a product's shape tag. */
function draw(tags: string[], glaze: Glaze, random: Random): { body: string; focus: { x: number; y: number }; topView: boolean } {
  if (tags.includes("tajine")) return { body: tajine(glaze, random), focus: { x: CX, y: 600 }, topView: false }
  if (tags.includes("plat") || tags.includes("assiette")) {
    const stack = tags.includes("assiette") ? 3 : 1
    return { body: plate(glaze, stack, tags.includes("plat")), focus: { x: CX, y: 780 }, topView: true }
  }
  if (tags.includes("bol")) return { body: bowls(glaze, tags.includes("ramadan") || tags.includes("tamegroute") ? 2 : 1), focus: { x: 500, y: 720 }, topView: true }
  if (tags.includes("pot")) {
    const parts = [380, 600, 820].map((x, i) => {
      const s = 0.8 + i * 0.1
      const profile: [number, number][] = [[860 - 300 * s, 70 * s], [860 - 260 * s, 95 * s], [860 - 120 * s, 110 * s], [860, 80 * s]]
      return `<g transform="translate(${x - CX} 0)">${vessel(profile, glaze, random, [860 - 250 * s, 860 - 60 * s])}<ellipse cx="${CX}" cy="${f(860 - 300 * s)}" rx="${f(78 * s)}" ry="${f(30 * s)}" fill="${glaze.body}"/><circle cx="${CX}" cy="${f(860 - 320 * s)}" r="${f(16 * s)}" fill="${glaze.body}"/></g>`
    })
    return { body: parts.join(""), focus: { x: 600, y: 700 }, topView: false }
  }
  if (tags.includes("jarre")) {
    const profile: [number, number][] = [[400, 110], [430, 120], [520, 230], [650, 260], [780, 200], [860, 140]]
    const lid = `<ellipse cx="${CX}" cy="392" rx="130" ry="34" fill="${shade(glaze.body, 0.05)}"/><ellipse cx="${CX}" cy="370" rx="40" ry="22" fill="${glaze.body}"/>`
    return { body: vessel(profile, glaze, random, [520, 780]) + lid, focus: { x: CX, y: 560 }, topView: false }
  }
  const jug = tags.includes("cruche")
  const profile: [number, number][] = jug
    ? [[420, 85], [450, 80], [520, 120], [640, 170], [760, 165], [830, 140], [860, 125]]
    : [[300, 62], [330, 52], [420, 62], [520, 150], [650, 185], [770, 160], [830, 120], [860, 110]]
  const handles = jug ? jugHandle(glaze, 1) : tags.includes("tamegroute") ? jugHandle(glaze, 1) + jugHandle(glaze, -1) : ""
  const spout = jug ? `<path d="M${CX - 85} 425 l-55 -22 l20 45 Z" fill="${glaze.body}"/>` : ""
  const body = handles + spout + vessel(profile, glaze, random, [480, 780])
  return { body, focus: { x: CX, y: 600 }, topView: false }
}

/** Tagines, dishes, bowls, vases and jugs from Salé and Tamegroute. */
export const pottery: Illustrate = (product, random) => {
  const glaze = glazeOf(product.tags, random)
  const { body, focus, topView } = draw(product.tags, glaze, random)
  const colours = glaze.paint.length ? glaze.paint : [shade(glaze.body, -0.3), shade(glaze.body, 0.25)]
  const alternate = topView
    ? `<circle cx="600" cy="600" r="470" fill="${shade(glaze.body, -0.18)}"/><circle cx="600" cy="588" r="460" fill="${glaze.body}"/><circle cx="600" cy="588" r="360" fill="${shade(glaze.body, -0.05)}"/>${rosette(600, 588, 330, colours)}<circle cx="600" cy="588" r="460" fill="url(#volume)" opacity="0.5"/>`
    : zoom(body, focus, 2)
  return {
    main: scene(BACKDROP, enlarge(body), random),
    alternate: scene(topView ? { wall: BACKDROP.table, table: BACKDROP.table } : BACKDROP, alternate, random, { horizon: topView ? 0 : 0.92 }),
  }
}
