import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"

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
const meilisearch = process.env.MEILISEARCH_HOST
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

module.exports = defineConfig({
  projectConfig: {
    // `npm run dev` and `npm test` at the root set it, starting an embedded PostgreSQL if needed.
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET ?? "tiwizi-dev-jwt-secret",
      // Cooperative members stay logged in on their own phone for a month, and end their sessions
      // from the portal when a phone is lost or shared (`POST /vendor/me/sessions/end`). The
      // setting is for every actor: customers' tokens last as long, and their cookie follows the token.
      jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? "30d",
      cookieSecret: process.env.COOKIE_SECRET ?? "tiwizi-dev-cookie-secret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
  },
  featureFlags: { translation: true },
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
    { resolve: "./src/modules/ledger" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
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
