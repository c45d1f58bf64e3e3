import { fixed as f } from "./draw"

/**
 * A painted rosette seen from above: rings, an eight-pointed star made of two squares and a
 * crown of petals and dots, the stock motif of Salé and Fez pottery.
 */
export function rosette(cx: number, cy: number, r: number, colours: string[]): string {
  const [first, second = first, third = second] = colours
  const square = (size: number, angle: number, colour: string) =>
    `<rect x="${f(cx - size)}" y="${f(cy - size)}" width="${f(size * 2)}" height="${f(size * 2)}" fill="${colour}" transform="rotate(${angle} ${f(cx)} ${f(cy)})"/>`
  const petals: string[] = []
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2
    const x = cx + Math.cos(a) * r * 0.72
    const y = cy + Math.sin(a) * r * 0.72
    petals.push(
      `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r * 0.1)}" ry="${f(r * 0.05)}" fill="${i % 2 ? second : first}" transform="rotate(${f((a * 180) / Math.PI)} ${f(x)} ${f(y)})"/>`,
      `<circle cx="${f(cx + Math.cos(a + 0.2) * r * 0.9)}" cy="${f(cy + Math.sin(a + 0.2) * r * 0.9)}" r="${f(r * 0.025)}" fill="${third}"/>`,
    )
  }
  return (
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${first}" stroke-width="${f(r * 0.04)}"/>` +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.55)}" fill="none" stroke="${second}" stroke-width="${f(r * 0.03)}"/>` +
    petals.join("") +
    square(r * 0.3, 0, first) +
    square(r * 0.3, 45, first) +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.17)}" fill="${third}"/>` +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.07)}" fill="${second}"/>`
  )
}

/** A row of triangles along a straight line, pointing up: the sawtooth of every Moroccan craft. */
export function sawtooth(x0: number, x1: number, y: number, height: number, count: number, colour: string): string {
  const w = (x1 - x0) / count
  let d = ""
  for (let i = 0; i < count; i++) d += `M${f(x0 + i * w)} ${f(y)} l${f(w / 2)} ${f(-height)} l${f(w / 2)} ${f(height)} Z `
  return `<path d="${d}" fill="${colour}"/>`
}
