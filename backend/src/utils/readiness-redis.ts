import Redis from "ioredis"
import { CHECK_TIMEOUT_MS } from "./readiness"

let client: Redis | undefined
let connectionError: Error | undefined

/**
 * Pings Redis through the one connection the readiness probe keeps, opened on the first probe:
 * Medusa's own Redis clients live inside its modules, out of reach, and a probe every few
 * seconds must not open a connection each time. A failed ping gives up after one reconnection
 * attempt rather than waiting for Redis to come back, and rejects with the connection's own
 * error (`connect ECONNREFUSED …`, `WRONGPASS …`) when there is one, not ioredis's retry notice.
 */
export async function pingRedis(redisUrl: string): Promise<void> {
  const redis = (client ??= connect(redisUrl))
  try {
    await redis.ping()
  } catch (error) {
    throw connectionError ?? error
  }
}

function connect(redisUrl: string): Redis {
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: CHECK_TIMEOUT_MS, maxRetriesPerRequest: 1 })
  // Listening also keeps ioredis from printing every failed reconnection attempt to the console.
  redis.on("error", (error: Error) => {
    connectionError = error
  })
  redis.on("ready", () => {
    connectionError = undefined
  })
  return redis
}
