import { z } from "@medusajs/framework/zod"

/** The secrets development runs with; production refuses to start with them. */
export const devSecrets = { jwt: "tiwizi-dev-jwt-secret", cookie: "tiwizi-dev-cookie-secret" } as const

export const workerModes = ["shared", "server", "worker"] as const

/** Variables that, set together, put uploaded files on S3-compatible storage. */
const s3Required = ["S3_BUCKET", "S3_REGION", "S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const

const optional = z.string().trim().optional().transform((value) => value || undefined)
const url = (protocols: string[]) =>
  optional.refine((value) => value === undefined || isUrl(value, protocols), { message: `must be a URL (${protocols.join(", ")})` })
const http = url(["http:", "https:"])

const schema = z
  .object({
    NODE_ENV: optional,
    DATABASE_URL: url(["postgres:", "postgresql:"]),
    REDIS_URL: url(["redis:", "rediss:"]),
    MEDUSA_WORKER_MODE: optional.refine((value) => value === undefined || (workerModes as readonly string[]).includes(value), {
      message: `must be one of ${workerModes.join(", ")}`,
    }),
    PORT: optional.refine((value) => value === undefined || /^\d{1,5}$/.test(value), { message: "must be a port number" }),
    MEDUSA_BACKEND_URL: http,
    STOREFRONT_URL: http,
    JWT_SECRET: optional,
    COOKIE_SECRET: optional,
    MEILISEARCH_HOST: http,
    STRIPE_API_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    S3_FILE_URL: http,
    S3_ENDPOINT: http,
    S3_BUCKET: optional,
    S3_REGION: optional,
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    S3_FORCE_PATH_STYLE: optional.refine((value) => value === undefined || value === "true" || value === "false", {
      message: "must be true or false",
    }),
  })
  .superRefine((env, context) => {
    const problem = (variable: string, message: string) => context.addIssue({ code: "custom", path: [variable], message })
    const production = env.NODE_ENV === "production"
    if (production) {
      for (const variable of ["DATABASE_URL", "MEDUSA_BACKEND_URL", "STOREFRONT_URL"] as const) {
        if (!env[variable]) problem(variable, "required in production")
      }
      for (const [variable, devValue] of [["JWT_SECRET", devSecrets.jwt], ["COOKIE_SECRET", devSecrets.cookie]] as const) {
        const value = env[variable]
        if (!value) problem(variable, "required in production")
        else if (value === devValue) problem(variable, "is the development secret; set a secret of your own")
        else if (value.length < 32) problem(variable, "must be at least 32 characters in production")
      }
      if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) problem("STRIPE_WEBHOOK_SECRET", "required in production when STRIPE_API_KEY is set")
    }
    // A worker without Redis would receive nothing; a production server without it would emit
    // events no worker sees. (`medusa exec` and `medusa user` set `server` themselves: locally,
    // without Redis, they keep working.)
    const mode = env.MEDUSA_WORKER_MODE
    if (!env.REDIS_URL && (mode === "worker" || (mode === "server" && production))) {
      problem("REDIS_URL", `required when MEDUSA_WORKER_MODE is ${mode}: servers and workers meet through Redis`)
    }
    const s3Given = Object.entries(env).some(([variable, value]) => variable.startsWith("S3_") && value !== undefined)
    if (s3Given) {
      for (const variable of s3Required) if (!env[variable]) problem(variable, "required when any S3_ variable is set")
    }
  })

/** The environment, checked: what medusa-config.ts builds the modules from. */
export type Environment = {
  production: boolean
  databaseUrl?: string
  redisUrl?: string
  workerMode: (typeof workerModes)[number]
  port: number
  backendUrl: string
  storefrontUrl: string
  jwtSecret: string
  cookieSecret: string
  meilisearchHost?: string
  s3?: { bucket: string; region: string; fileUrl: string; accessKeyId: string; secretAccessKey: string; endpoint?: string; forcePathStyle: boolean }
}

/**
 * Reads the variables the backend is configured by and checks them all at once: one error names
 * every missing or bad variable, so an operator fixes a deployment in one pass. Development needs
 * none of them; `NODE_ENV=production` requires the database, the public URLs and real secrets.
 */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`)
    throw new Error(`Tiwizi cannot start: the environment is not valid.\n${lines.join("\n")}`)
  }
  const env = parsed.data
  const port = Number(env.PORT ?? 9000)
  return {
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: (env.MEDUSA_WORKER_MODE ?? "shared") as Environment["workerMode"],
    port,
    backendUrl: env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`,
    storefrontUrl: env.STOREFRONT_URL ?? "http://localhost:8000",
    jwtSecret: env.JWT_SECRET ?? devSecrets.jwt,
    cookieSecret: env.COOKIE_SECRET ?? devSecrets.cookie,
    meilisearchHost: env.MEILISEARCH_HOST,
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION!,
          fileUrl: env.S3_FILE_URL!,
          accessKeyId: env.S3_ACCESS_KEY_ID!,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
        }
      : undefined,
  }
}

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol)
  } catch {
    return false
  }
}
