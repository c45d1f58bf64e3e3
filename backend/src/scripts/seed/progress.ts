import { SingleBar, Presets } from "cli-progress"

/** A progress bar for a long seed step; a plain line per 10% when output is not a terminal. */
export function progressBar(label: string, total: number): { tick(): void; stop(): void } {
  if (!process.stdout.isTTY) {
    let done = 0
    return {
      tick() {
        done += 1
        if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
          process.stdout.write(`  ${label}: ${done}/${total}\n`)
        }
      },
      stop() {},
    }
  }
  const bar = new SingleBar({ format: `  ${label} [{bar}] {value}/{total} ({eta}s left)`, hideCursor: true }, Presets.shades_classic)
  bar.start(total, 0)
  return { tick: () => bar.increment(), stop: () => bar.stop() }
}
