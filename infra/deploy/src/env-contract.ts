/**
 * The production environment contract (issue #8): the variables backend/medusa-config.ts and the
 * storefront read. The deployment files must set the required ones and name no variable outside
 * the contract, so a typo (`JWT_SECERT`) fails here instead of at the first deployment.
 */
export const backendContract = {
  required: [
    "NODE_ENV",
    "DATABASE_URL",
    "REDIS_URL",
    "JWT_SECRET",
    "COOKIE_SECRET",
    "MEDUSA_BACKEND_URL",
    "STOREFRONT_URL",
    "S3_FILE_URL",
    "S3_BUCKET",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "MEILISEARCH_HOST",
    "MEILISEARCH_API_KEY",
  ],
  optional: [
    "MEDUSA_WORKER_MODE",
    "PORT",
    "STORE_CORS",
    "ADMIN_CORS",
    "AUTH_CORS",
    "S3_ENDPOINT",
    "S3_FORCE_PATH_STYLE",
    "STRIPE_API_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "SENDGRID_API_KEY",
    "SENDGRID_FROM",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_SERVICE_NAME",
    "LOG_LEVEL",
    "DISABLE_MEDUSA_ADMIN",
  ],
} as const

export const storefrontContract = {
  required: ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY", "STOREFRONT_URL", "MEDIA_URL"],
  // HOSTNAME: the address Next's standalone server listens on.
  optional: ["NODE_ENV", "PORT", "HOSTNAME", "NEXT_PUBLIC_STRIPE_KEY"],
} as const

type Contract = { required: readonly string[]; optional: readonly string[] }

/** What is wrong with a set of variable names: required ones missing, unknown ones present. */
export function contractProblems(names: Iterable<string>, contract: Contract): { missing: string[]; unknown: string[] } {
  const given = new Set(names)
  const known = new Set([...contract.required, ...contract.optional])
  return {
    missing: contract.required.filter((name) => !given.has(name)),
    unknown: [...given].filter((name) => !known.has(name)).sort(),
  }
}
