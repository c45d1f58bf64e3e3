import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { composePath, interpolatedVariables, loadCompose } from "./compose-file.js"
import { composeValidator } from "./compose-schema.js"
import { dockerfileArgs } from "./dockerfile-args.js"
import { backendContract, contractProblems, storefrontContract } from "./env-contract.js"
import { composeDir, readRepoFile, repoRoot } from "./files.js"
import { nginxBackendPaths } from "./nginx-paths.js"

const compose = loadCompose()
const backendServers = ["backend-1", "backend-2"]
const backendProcesses = [...backendServers, "worker", "migrate"]

describe("infra/compose/compose.yaml", () => {
  it("is a valid Compose file (compose-spec schema)", () => {
    const validate = composeValidator()
    const valid = validate(compose)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it("runs the production topology", () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ["backend-1", "backend-2", "meilisearch", "migrate", "minio", "minio-setup", "postgres", "proxy", "redis", "storefront", "worker"].sort(),
    )
    expect(compose.services.postgres.image).toMatch(/^postgres:16\b/)
    expect(compose.services.redis.image).toMatch(/^redis:7\b/)
    expect(compose.services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v1\.(1\d|[2-9]\d)\b/)
  })

  it("runs two API servers and a worker from one backend image, told apart by MEDUSA_WORKER_MODE", () => {
    const images = new Set(backendProcesses.map((name) => compose.services[name].image))
    expect(images.size).toBe(1)
    for (const name of backendServers) expect(compose.services[name].environment?.MEDUSA_WORKER_MODE).toBe("server")
    expect(compose.services.worker.environment?.MEDUSA_WORKER_MODE).toBe("worker")
    expect(compose.services.worker.environment?.DISABLE_MEDUSA_ADMIN).toBe("true")
  })

  it("migrates once before the servers and the worker start, which are ready on /ready", () => {
    const migrate = compose.services.migrate
    expect(migrate.command).toEqual(["npx", "medusa", "db:migrate"])
    expect(migrate.restart).toBe("no")
    for (const name of [...backendServers, "worker"]) {
      expect(compose.services[name].depends_on?.migrate).toEqual({ condition: "service_completed_successfully" })
    }
    for (const name of backendServers) expect(compose.services[name].healthcheck?.test.join(" ")).toContain("/ready")
  })

  it.each(backendProcesses)("gives %s the backend's environment contract, and only its variables", (name) => {
    expect(contractProblems(Object.keys(compose.services[name].environment ?? {}), backendContract)).toEqual({ missing: [], unknown: [] })
    expect(compose.services[name].environment?.NODE_ENV).toBe("production")
  })

  it("gives the storefront its environment contract, and only its variables", () => {
    expect(contractProblems(Object.keys(compose.services.storefront.environment ?? {}), storefrontContract)).toEqual({ missing: [], unknown: [] })
  })

  it("builds from the repository root with Dockerfiles that exist and declare every build arg", () => {
    for (const service of Object.values(compose.services)) {
      if (!service.build) continue
      expect(resolve(composeDir, service.build.context)).toBe(repoRoot)
      expect(existsSync(join(repoRoot, service.build.dockerfile)), service.build.dockerfile).toBe(true)
      expect(dockerfileArgs(service.build.dockerfile)).toEqual(expect.arrayContaining(Object.keys(service.build.args ?? {})))
    }
  })

  it("stops on a missing secret, and documents every variable it reads in .env.example", () => {
    const variables = interpolatedVariables(readRepoFile(composePath))
    for (const secret of ["POSTGRES_PASSWORD", "JWT_SECRET", "COOKIE_SECRET", "MEILI_MASTER_KEY", "MINIO_ROOT_PASSWORD", "S3_SECRET_ACCESS_KEY"]) {
      expect(variables.get(secret), secret).toEqual({ required: true })
    }
    const documented = new Set([...readRepoFile("infra/compose/.env.example").matchAll(/^([A-Z0-9_]+)=/gm)].map(([, name]) => name))
    expect([...variables.keys()].filter((name) => !documented.has(name))).toEqual([])
  })

  it("keeps data in named volumes", () => {
    for (const [service, path] of [["postgres", "/var/lib/postgresql/data"], ["redis", "/data"], ["meilisearch", "/meili_data"], ["minio", "/data"]]) {
      const mounts = (compose.services[service] as { volumes?: string[] }).volumes ?? []
      const volume = mounts.map((mount) => mount.split(":")).find(([, target]) => target === path)?.[0]
      expect(volume && compose.volumes && volume in compose.volumes, `${service}:${path}`).toBe(true)
    }
  })
})

describe("infra/compose/nginx.conf", () => {
  const conf = readRepoFile("infra/compose/nginx.conf")

  it("sends Medusa's paths to an upstream of both API servers, the rest to the storefront", () => {
    expect(nginxBackendPaths().sort()).toEqual(["/admin", "/app", "/auth", "/hooks", "/static", "/store", "/vendor"])
    const upstream = conf.match(/upstream backend \{([^}]*)\}/)?.[1] ?? ""
    expect([...upstream.matchAll(/server ([\w-]+):9000/g)].map(([, host]) => host)).toEqual(backendServers)
    expect(conf).toMatch(/location \/ \{\s*proxy_pass http:\/\/storefront;/)
  })

  it("passes a request id to the backend and compresses responses", () => {
    expect(conf).toContain("proxy_set_header X-Request-Id $request_id;")
    expect(conf).toMatch(/^\s*gzip on;/m)
    expect(conf).toMatch(/proxy_read_timeout \d+s;/)
  })
})
