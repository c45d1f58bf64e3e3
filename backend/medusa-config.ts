import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readEnvironment } from "./src/config/environment"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Every variable is checked here, before any module starts: a bad deployment stops with one
// message naming each missing or bad variable.
const env = readEnvironment()
const { backendUrl, storefrontUrl, redisUrl } = env

/**
 * Payment providers: cash on delivery always (Morocco), Stripe for cards only when a key is set.
 * The ids Medusa derives are `pp_cod_cod` and `pp_stripe_stripe`. `STRIPE_API_HOST` exists for the
 * tests alone, which cannot reach Stripe: it swaps in the same provider pointed at their local
 * stand-in (src/modules/stripe); production runs the stock provider.
 */
const stripeHost = process.env.STRIPE_API_HOST
const paymentProviders = [
  { resolve: "./src/modules/cash-on-delivery", id: "cod" },
  ...(process.env.STRIPE_API_KEY
    ? [
        {
          resolve: stripeHost ? "./src/modules/stripe" : "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: {
            apiKey: process.env.STRIPE_API_KEY,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            ...(stripeHost
              ? { apiHost: stripeHost, apiPort: process.env.STRIPE_API_PORT, apiProtocol: process.env.STRIPE_API_PROTOCOL }
              : {}),
          },
        },
      ]
    : []),
]

/**
 * Search: our PostgreSQL provider always (embedded default, and the one a switch away from
 * Meilisearch drops its indexes through); Meilisearch serves the shop when `MEILISEARCH_HOST` is set.
 */
const meilisearch = env.meilisearchHost
const searchProviders = [
  { resolve: "./src/modules/search-postgres", id: "postgres" },
  ...(meilisearch
    ? [
        {
          resolve: "@tiwizi/search-meilisearch",
          id: "meilisearch",
          options: { host: meilisearch, apiKey: process.env.MEILISEARCH_API_KEY },
        },
      ]
    : []),
]

/**
 * Notifications: Medusa Admin's `feed` channel keeps Medusa's local provider. Emails go through
 * SendGrid when `SENDGRID_API_KEY` and `SENDGRID_FROM` are set; otherwise our outbox provider
 * appends them, rendered, to `NOTIFICATIONS_FILE` (default `<repo>/.data/notifications/outbox.jsonl`).
 */
const sendgrid = process.env.SENDGRID_API_KEY && process.env.SENDGRID_FROM
const notificationProviders = [
  {
    resolve: "@medusajs/medusa/notification-local",
    id: "local",
    options: { name: "Local Notification Provider", channels: ["feed"] },
  },
  sendgrid
    ? {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: { channels: ["email"], api_key: process.env.SENDGRID_API_KEY, from: process.env.SENDGRID_FROM },
      }
    : {
        resolve: "./src/modules/notification-local",
        id: "outbox",
        options: { channels: ["email"], file: process.env.NOTIFICATIONS_FILE },
      },
  // Text messages (`sms` channel) to cooperatives: our SMS file provider appends them to
  // `NOTIFICATIONS_SMS_FILE` (default `<repo>/.data/notifications/sms.jsonl`). A real SMS or
  // WhatsApp provider (e.g. a Twilio module) takes its place when `NOTIFICATIONS_SMS_PROVIDER`
  // names its module; it serves the same channel and reads its credentials from its own env.
  {
    resolve: process.env.NOTIFICATIONS_SMS_PROVIDER ?? "./src/modules/notification-sms-local",
    id: "sms",
    options: { channels: ["sms"], file: process.env.NOTIFICATIONS_SMS_FILE },
  },
]

/**
 * Files: on the backend's disk (`static/`) by default; on S3-compatible storage (MinIO, AWS,
 * Scaleway…) when `S3_BUCKET` is set, which several server instances need since they share no disk.
 */
const fileProvider = env.s3
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.s3.fileUrl,
        bucket: env.s3.bucket,
        region: env.s3.region,
        access_key_id: env.s3.accessKeyId,
        secret_access_key: env.s3.secretAccessKey,
        endpoint: env.s3.endpoint,
        additional_client_config: { forcePathStyle: env.s3.forcePathStyle },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
    }

/**
 * With `REDIS_URL`, the instances share Medusa's event bus, workflow engine, locks and cache
 * through Redis: an event emitted by one server is handled by the worker, a checkout's stock lock
 * holds across servers. Without it (development, tests) Medusa keeps them in memory, in-process.
 */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    // `npm run dev` and `npm test` at the root set it, starting an embedded PostgreSQL if needed.
    databaseUrl: env.databaseUrl,
    redisUrl,
    // `server` answers HTTP only, `worker` runs subscribers and scheduled jobs only.
    workerMode: env.workerMode,
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: env.jwtSecret,
      // Cooperative members stay logged in on their own phone for a month, and end their sessions
      // from the portal when a phone is lost or shared (`POST /vendor/me/sessions/end`). The
      // setting is for every actor: customers' tokens last as long, and their cookie follows the token.
      jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? "30d",
      cookieSecret: env.cookieSecret,
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
  },
  // Medusa's caching module is behind a flag; it is on where Redis can hold the cache.
  featureFlags: { translation: true, caching: Boolean(redisUrl) },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: searchProviders,
        default_provider: meilisearch ? "meilisearch" : "tiwizi-postgres",
      },
    },
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/provenance" },
    { resolve: "./src/modules/listing" },
    { resolve: "./src/modules/cooperative-order" },
    { resolve: "./src/modules/auction" },
    { resolve: "./src/modules/email-verification" },
    { resolve: "./src/modules/ledger" },
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider] } },
    ...redisModules,
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: notificationProviders },
    },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "./src/modules/tiwizi-shipping", id: "tiwizi" },
        ],
      },
    },
  ],
})
