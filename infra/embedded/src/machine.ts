import os from "node:os"

/**
 * The machine a benchmark ran on, written with its figures: cores, memory, Node, and the 1, 5
 * and 15-minute load averages when the file was written, since other work on a shared machine
 * skews every figure.
 */
export function describeMachine() {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load_average: os.loadavg().map((load) => Math.round(load * 10) / 10),
  }
}
