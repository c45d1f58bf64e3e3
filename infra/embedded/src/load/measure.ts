import autocannon from "autocannon"

/** One kind of request of a run: autocannon's request, plus what counts as a wrong answer. */
export type Step = autocannon.Request & {
  kind: string
  /** False when a 2xx answer still did not do the work (a checkout that made no order). */
  succeeded?: (status: number, body: string) => boolean
}

/** What a run (or one kind of request within it) measured. */
export type Figures = {
  requests_per_s: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  mean_ms: number
  max_ms: number
  requests: number
  /** Connection errors and timeouts: requests that got no answer. */
  errors: number
  non_2xx: number
  /** 2xx answers that did not do the work (see `Step.succeeded`). */
  failed: number
  status_codes: Record<string, number>
}

export type Load = {
  url: string
  connections: number
  /** Seconds; ignored when `amount` is set. */
  duration?: number
  /** Exactly this many requests, spread over the connections, e.g. one per prepared cart. */
  amount?: number
  steps: Step[]
}

type Sample = { kind: string; ms: number; status: number; failed: boolean }

const round = (value: number) => Math.round(value * 10) / 10

/** The `p`th percentile of `sorted` (ascending) by nearest rank, as bench:search computes them; 0 when empty. */
export function nearestRank(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : 0
}

function figuresOf(samples: Sample[], seconds: number, errors: number): Figures {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  const at = (p: number) => round(nearestRank(times, p))
  const status_codes: Record<string, number> = {}
  for (const { status } of samples) status_codes[status] = (status_codes[status] ?? 0) + 1
  return {
    requests_per_s: round(samples.length / seconds),
    p50_ms: at(50),
    p95_ms: at(95),
    p99_ms: at(99),
    mean_ms: times.length ? round(times.reduce((sum, ms) => sum + ms, 0) / times.length) : 0,
    max_ms: at(100),
    requests: samples.length,
    errors,
    non_2xx: samples.filter((sample) => sample.status < 200 || sample.status >= 300).length,
    failed: samples.filter((sample) => sample.failed).length,
    status_codes,
  }
}

/**
 * Runs autocannon (no pipelining, keep-alive) with `steps` in turn on each connection, and
 * returns the figures of the whole run and of each kind of step. Latency is autocannon's own
 * response time (from writing the request to the last byte of the answer), one sample per
 * answer, so any percentile can be read, p95 included (autocannon's summary has p90 and p97.5).
 */
export function runLoad(load: Load): Promise<{ total: Figures; byKind: Record<string, Figures>; seconds: number }> {
  const samples: Sample[] = []
  // autocannon calls a request's onResponse, then emits "response" with the time, synchronously
  // and for one connection at a time: the step answered is the one onResponse saw last.
  let answered: { kind: string; failed: boolean } = { kind: "", failed: false }
  const requests = load.steps.map(({ kind, succeeded, ...request }): autocannon.Request => ({
    ...request,
    onResponse: (status, body) => {
      answered = { kind, failed: status >= 200 && status < 300 && succeeded !== undefined && !succeeded(status, body) }
    },
  }))
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        connections: load.connections,
        ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
        requests,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error)
        const seconds = result.duration
        const kinds = [...new Set(load.steps.map((step) => step.kind))]
        const byKind = Object.fromEntries(kinds.map((kind) => [kind, figuresOf(samples.filter((sample) => sample.kind === kind), seconds, 0)]))
        resolve({ total: figuresOf(samples, seconds, result.errors), byKind, seconds })
      },
    )
    instance.on("response", (_client, status, _bytes, ms) => samples.push({ ...answered, ms, status }))
  })
}
