import { shade } from "../colour"
import { fixed as f, shadow } from "./draw"

/**
 * A glass jar standing on the table, filled to `fill` (0..1) with `content`, with a lid covered
 * in cloth and tied with string, the way cooperatives close honey and amlou jars. `inside` draws
 * extra detail over the contents (saffron threads, comb), clipped to the glass.
 */
export function jar(cx: number, bottom: number, width: number, height: number, content: string, fill: number, cloth: string, inside = ""): string {
  const x = cx - width / 2
  const top = bottom - height
  const level = bottom - height * fill
  const id = `jar-${Math.round(cx)}-${Math.round(bottom)}-${Math.round(width)}`
  return (
    shadow(cx + 20, bottom, width * 0.6, 20) +
    `<clipPath id="${id}"><rect x="${f(x)}" y="${f(top)}" width="${f(width)}" height="${f(height)}" rx="${f(width * 0.16)}"/></clipPath>` +
    `<rect x="${f(x)}" y="${f(top)}" width="${f(width)}" height="${f(height)}" rx="${f(width * 0.16)}" fill="#ffffff" opacity="0.35"/>` +
    `<g clip-path="url(#${id})"><rect x="${f(x)}" y="${f(level)}" width="${f(width)}" height="${f(bottom - level)}" fill="${content}"/>${inside}<rect x="${f(x)}" y="${f(level)}" width="${f(width)}" height="${f(bottom - level)}" fill="url(#volume)"/></g>` +
    `<rect x="${f(x + width * 0.1)}" y="${f(top + height * 0.12)}" width="${f(width * 0.07)}" height="${f(height * 0.7)}" rx="${f(width * 0.035)}" fill="#fff" opacity="0.45"/>` +
    `<rect x="${f(x - 6)}" y="${f(top - 34)}" width="${f(width + 12)}" height="46" rx="10" fill="${shade(cloth, -0.1)}"/>` +
    `<path d="M${f(x - 16)} ${f(top - 38)} Q${f(cx)} ${f(top - 70)} ${f(x + width + 16)} ${f(top - 38)} L${f(x + width + 26)} ${f(top + 24)} Q${f(cx)} ${f(top + 4)} ${f(x - 26)} ${f(top + 24)} Z" fill="${cloth}"/>` +
    `<path d="M${f(x - 8)} ${f(top + 2)} Q${f(cx)} ${f(top - 14)} ${f(x + width + 8)} ${f(top + 2)}" stroke="#8a6a44" stroke-width="6" fill="none"/>`
  )
}

/** A bottle with a cork or a dropper cap, `tint` being the glass (clear or amber) and `content` the oil. */
export function bottle(cx: number, bottom: number, width: number, height: number, content: string, tint: string | null, dropper: boolean): string {
  const x = cx - width / 2
  const shoulder = bottom - height * 0.72
  const neck = width * 0.28
  const top = bottom - height
  const outline = `M${f(x)} ${f(bottom - 20)} L${f(x)} ${f(shoulder + 40)} Q${f(x)} ${f(shoulder)} ${f(cx - neck)} ${f(shoulder - 40)} L${f(cx - neck)} ${f(top + 30)} L${f(cx + neck)} ${f(top + 30)} L${f(cx + neck)} ${f(shoulder - 40)} Q${f(x + width)} ${f(shoulder)} ${f(x + width)} ${f(shoulder + 40)} L${f(x + width)} ${f(bottom - 20)} Q${f(x + width)} ${f(bottom)} ${f(x + width - 20)} ${f(bottom)} L${f(x + 20)} ${f(bottom)} Q${f(x)} ${f(bottom)} ${f(x)} ${f(bottom - 20)} Z`
  const id = `bottle-${Math.round(cx)}-${Math.round(height)}`
  const cap = dropper
    ? `<rect x="${f(cx - neck - 8)}" y="${f(top - 10)}" width="${f(neck * 2 + 16)}" height="50" rx="8" fill="#222"/><ellipse cx="${f(cx)}" cy="${f(top - 30)}" rx="${f(neck * 0.8)}" ry="36" fill="#2a2a2a"/>`
    : `<rect x="${f(cx - neck + 4)}" y="${f(top - 10)}" width="${f(neck * 2 - 8)}" height="54" rx="8" fill="#b58a5a"/><rect x="${f(cx - neck + 4)}" y="${f(top - 10)}" width="${f(neck * 2 - 8)}" height="54" rx="8" fill="url(#volume)"/>`
  return (
    shadow(cx + 25, bottom, width * 0.7, 22) +
    `<clipPath id="${id}"><path d="${outline}"/></clipPath>` +
    `<path d="${outline}" fill="${tint ?? "#ffffff"}" opacity="${tint ? 0.92 : 0.35}"/>` +
    `<g clip-path="url(#${id})"><rect x="${f(x)}" y="${f(shoulder - 30)}" width="${f(width)}" height="${f(bottom - shoulder + 30)}" fill="${content}" opacity="${tint ? 0.35 : 1}"/></g>` +
    `<path d="${outline}" fill="url(#volume)"/>` +
    `<rect x="${f(x + width * 0.12)}" y="${f(shoulder + 30)}" width="${f(width * 0.08)}" height="${f((bottom - shoulder) * 0.7)}" rx="6" fill="#fff" opacity="0.5"/>` +
    cap
  )
}

/** A wide shallow bowl seen from slightly above, holding `content`. */
export function dish(cx: number, cy: number, rx: number, rim: string, content: string): string {
  return (
    shadow(cx + 20, cy + rx * 0.3, rx * 1.05, rx * 0.14) +
    `<path d="M${f(cx - rx)} ${f(cy)} Q${f(cx - rx * 0.9)} ${f(cy + rx * 0.42)} ${f(cx)} ${f(cy + rx * 0.45)} Q${f(cx + rx * 0.9)} ${f(cy + rx * 0.42)} ${f(cx + rx)} ${f(cy)} Z" fill="${rim}"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(rx * 0.3)}" fill="${shade(rim, 0.1)}"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy + 4)}" rx="${f(rx * 0.86)}" ry="${f(rx * 0.24)}" fill="${content}"/>`
  )
}
