import { SingleBar, Presets } from "cli-progress"

/** A progress bar for a long seed step; a plain line per 10% when output is not a terminal. */
export function progressBar(label: string, total: number): { tick(count?: number): void; stop(): void } {
  if (!process.stdout.isTTY) {
    let done = 0
    let printedTenths = 0
    return {
      tick(count = 1) {
        done = Math.min(total, done + count)
        const tenths = Math.floor((done * 10) / Math.max(1, total))
        if (tenths > printedTenths) {
          printedTenths = tenths
          process.stdout.write(`  ${label}: ${done}/${total}\n`)
        }
      },
      stop() {},
    }
  }
  const bar = new SingleBar({ format: `  ${label} [{bar}] {value}/{total} ({eta}s left)`, hideCursor: true }, Presets.shades_classic)
  bar.start(total, 0)
  return { tick: (count = 1) => bar.increment(count), stop: () => bar.stop() }
}
