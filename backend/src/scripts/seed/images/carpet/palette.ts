import { dyeOf } from "@tiwizi/crafts"
import { luminance, shade } from "../colour"

/**
 * A carpet's colours, by role. `colours` holds hex strings; the roles are indices into it, so a
 * grid cell stores a small number. The first dye is the field, by the catalogue's convention.
 */
export type Palette = {
  colours: string[]
  field: number
  /** Outlines: the darkest colour that is not the field. */
  dark: number
  /** Highlights: the lightest colour that is not the field. */
  light: number
  /** Every colour except the field, for motifs. */
  accents: number[]
}

/**
 * Builds the palette from the product's dyes. A rug whose only dark (or light) colour is its
 * field still needs outlines (or highlights) that stand out from it, so a darker (or lighter)
 * shade is added in that case.
 */
export function paletteOf(dyeCodes: string[]): Palette {
  const colours = dyeCodes.map((code) => dyeOf(code).hex)
  const field = colours[0]
  const others = colours.map((_, index) => index).slice(1)
  const byLuminance = [...others].sort((a, b) => luminance(colours[a]) - luminance(colours[b]))
  const add = (hex: string) => colours.push(hex) - 1
  const darkest = byLuminance[0]
  const lightest = byLuminance[byLuminance.length - 1]
  const dark =
    darkest !== undefined && luminance(colours[darkest]) < Math.min(0.3, luminance(field) - 0.12)
      ? darkest
      : add(shade(field, -0.62))
  const light =
    lightest !== undefined && luminance(colours[lightest]) > Math.max(0.55, luminance(field) + 0.15)
      ? lightest
      : add(luminance(field) > 0.7 ? shade(field, -0.35) : "#eee6d3")
  const accents = colours.map((_, index) => index).filter((index) => index !== 0)
  return { colours, field: 0, dark, light, accents }
}
