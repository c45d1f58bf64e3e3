import { describe, expect, it } from "vitest"
import { devSecrets, readEnvironment } from "./environment"

const secret = "s".repeat(40)
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://tiwizi@db:5432/tiwizi",
  MEDUSA_BACKEND_URL: "https://api.tiwizi.ma",
  STOREFRONT_URL: "https://tiwizi.ma",
  JWT_SECRET: secret,
  COOKIE_SECRET: `${secret}c`,
}

const problems = (env: NodeJS.ProcessEnv): string[] => {
  try {
    readEnvironment(env)
    return []
  } catch (error) {
    return (error as Error).message.split("\n").slice(1).map((line) => line.trim())
  }
}

describe("readEnvironment", () => {
  it("runs development on defaults: dev secrets, local URLs, in-process services", () => {
    expect(readEnvironment({})).toEqual({
      production: false,
      databaseUrl: undefined,
      redisUrl: undefined,
      workerMode: "shared",
      port: 9000,
      backendUrl: "http://localhost:9000",
      storefrontUrl: "http://localhost:8000",
      jwtSecret: devSecrets.jwt,
      cookieSecret: devSecrets.cookie,
      meilisearchHost: undefined,
      s3: undefined,
    })
  })

  it("accepts a complete production environment", () => {
    const env = readEnvironment({ ...production, REDIS_URL: "redis://cache:6379", MEDUSA_WORKER_MODE: "worker" })
    expect(env).toMatchObject({ production: true, redisUrl: "redis://cache:6379", workerMode: "worker", jwtSecret: secret })
  })

  it("refuses production without JWT_SECRET, naming it", () => {
    const { JWT_SECRET: _, ...withoutJwt } = production
    expect(problems(withoutJwt)).toEqual(["- JWT_SECRET: required in production"])
  })

  it("refuses production with the development secrets", () => {
    expect(problems({ ...production, JWT_SECRET: devSecrets.jwt, COOKIE_SECRET: devSecrets.cookie })).toEqual([
      "- JWT_SECRET: is the development secret; set a secret of your own",
      "- COOKIE_SECRET: is the development secret; set a secret of your own",
    ])
  })

  it("names every problem at once: short secret, missing URLs, bad values", () => {
    expect(
      problems({ NODE_ENV: "production", JWT_SECRET: "short", COOKIE_SECRET: secret, REDIS_URL: "localhost:6379", PORT: "nine", MEDUSA_WORKER_MODE: "both" }),
    ).toEqual([
      "- REDIS_URL: must be a URL (redis:, rediss:)",
      "- MEDUSA_WORKER_MODE: must be one of shared, server, worker",
      "- PORT: must be a port number",
      "- DATABASE_URL: required in production",
      "- MEDUSA_BACKEND_URL: required in production",
      "- STOREFRONT_URL: required in production",
      "- JWT_SECRET: must be at least 32 characters in production",
    ])
  })

  it("needs Redis for split server and worker instances", () => {
    expect(problems({ MEDUSA_WORKER_MODE: "worker" })).toEqual([
      "- REDIS_URL: required when MEDUSA_WORKER_MODE is worker: servers and workers meet through Redis",
    ])
    expect(problems({ ...production, MEDUSA_WORKER_MODE: "server" })).toEqual([
      "- REDIS_URL: required when MEDUSA_WORKER_MODE is server: servers and workers meet through Redis",
    ])
    // `medusa exec` (the seed) runs as a server, locally without Redis.
    expect(problems({ MEDUSA_WORKER_MODE: "server" })).toEqual([])
    expect(problems({ ...production, MEDUSA_WORKER_MODE: "shared" })).toEqual([])
  })

  it("needs every S3 setting once one is given, and reads them", () => {
    expect(problems({ S3_BUCKET: "tiwizi" })).toEqual([
      "- S3_REGION: required when any S3_ variable is set",
      "- S3_FILE_URL: required when any S3_ variable is set",
      "- S3_ACCESS_KEY_ID: required when any S3_ variable is set",
      "- S3_SECRET_ACCESS_KEY: required when any S3_ variable is set",
    ])
    const s3 = {
      S3_BUCKET: "tiwizi",
      S3_REGION: "eu-west-3",
      S3_FILE_URL: "https://media.tiwizi.ma",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_ENDPOINT: "http://minio:9000",
      S3_FORCE_PATH_STYLE: "true",
    }
    expect(readEnvironment(s3).s3).toEqual({
      bucket: "tiwizi",
      region: "eu-west-3",
      fileUrl: "https://media.tiwizi.ma",
      accessKeyId: "key",
      secretAccessKey: "secret",
      endpoint: "http://minio:9000",
      forcePathStyle: true,
    })
  })

  it("asks for the Stripe webhook secret in production when cards are on", () => {
    expect(problems({ ...production, STRIPE_API_KEY: "sk_live_x" })).toEqual([
      "- STRIPE_WEBHOOK_SECRET: required in production when STRIPE_API_KEY is set",
    ])
    expect(problems({ STRIPE_API_KEY: "sk_test_x" })).toEqual([])
  })

  it("treats empty variables as unset", () => {
    expect(readEnvironment({ REDIS_URL: "", MEILISEARCH_HOST: " " })).toMatchObject({ redisUrl: undefined, meilisearchHost: undefined })
  })
})
