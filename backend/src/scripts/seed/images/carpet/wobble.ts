import type { Random } from "../prng"

/**
 * A smooth random walk of `length` steps within ±`amplitude`: how far a hand-knotted selvedge
 * drifts from a straight line, or how a dye batch shifts from one band of rows to the next.
 */
export function wobble(length: number, amplitude: number, random: Random, smoothness = 0.9): number[] {
  const values: number[] = []
  let value = 0
  let velocity = 0
  for (let i = 0; i < length; i++) {
    velocity = velocity * smoothness + (random.next() - 0.5) * amplitude * 0.3
    value = Math.max(-amplitude, Math.min(amplitude, value + velocity))
    values.push(value)
  }
  return values
}

/**
 * Abrash: the bands of slightly different shade that mark a hand-dyed rug wherever the weaver
 * started a new skein. Holds a level for a run of rows, then jumps to another.
 */
export function abrash(rows: number, strength: number, random: Random): number[] {
  const levels: number[] = []
  let level = 0
  for (let row = 0; row < rows; row++) {
    if (random.chance(0.04)) level = random.between(-strength, strength)
    levels.push(level)
  }
  return levels
}
