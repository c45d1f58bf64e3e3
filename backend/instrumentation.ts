import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { BatchSpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { registerOtel } from "@medusajs/medusa"

/**
 * Medusa's `start` and `develop` commands call this before the application loads. Tracing is on
 * only when `OTEL_EXPORTER_OTLP_ENDPOINT` names a collector; otherwise no OpenTelemetry SDK is
 * started and nothing is patched. The exporter reads the standard `OTEL_EXPORTER_OTLP_*`
 * variables (endpoint, headers, timeout) itself and posts to `<endpoint>/v1/traces`.
 */
export function register() {
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    return
  }
  const exporter = new OTLPTraceExporter()
  registerOtel({
    serviceName: process.env.OTEL_SERVICE_NAME || "tiwizi-backend",
    exporter,
    // Medusa wraps the exporter in a SimpleSpanProcessor, one HTTP export per span: a checkout
    // ends dozens of workflow, query and database spans. The SDK prefers `spanProcessors` when
    // both are given, so spans are batched instead (OTEL_BSP_* tune it).
    spanProcessors: [new BatchSpanProcessor(exporter)],
    instrument: { http: true, workflows: true, query: true, db: true },
  })
}
