import type { ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"
import { start } from "../processes.js"

/** The bench's round-robin proxy, running in a process of its own. */
export type Proxy = {
  url: string
  pid: number
  /** Sends every request from now on to `backends`, in turn, and resets the counts. */
  route(backends: string[]): Promise<void>
  /** Requests each backend got since the last `route`, by origin. */
  counts(): Promise<Record<string, number>>
}

type Reply = { port?: number; counts?: Record<string, number> }

function nextReply(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the load proxy exited (code ${code})`))
    child.once("exit", onExit)
    child.once("message", (reply: Reply) => {
      child.off("exit", onExit)
      resolve(reply)
    })
  })
}

/**
 * Starts the proxy (`proxy-process.ts`) on a free port of 127.0.0.1, with no backend yet. The
 * same proxy stands in front of one server and then two, so both runs pay the same hop; it
 * stops with the command.
 */
export async function startProxy(): Promise<Proxy> {
  const script = fileURLToPath(new URL("./proxy-process.js", import.meta.url))
  const child = start(process.execPath, [script], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
  const { port } = await nextReply(child)
  if (!port || child.pid === undefined) throw new Error("the load proxy did not start listening")
  const ask = async (message: object) => {
    const reply = nextReply(child)
    child.send(message)
    return (await reply).counts ?? {}
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    route: async (backends) => void (await ask({ backends })),
    counts: () => ask({ counts: true }),
  }
}
