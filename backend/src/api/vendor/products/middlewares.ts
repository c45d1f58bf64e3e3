import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody } from "../common-validators"
import { requireApprovedCooperative } from "../scope"
import { requireOwnProduct } from "./require-own-product"
import { uploadImages } from "./upload-images"
import {
  CreateProductBody,
  ListProductsQuery,
  SetPricesBody,
  SetStockBody,
  UpdateProductBody,
  UpdateProvenanceBody,
} from "./validators"

/**
 * `/vendor/products`, behind the vendor scoping of `/vendor/*`. The ownership check comes first
 * on `/vendor/products/:id` and everything under it (Medusa orders wildcard matchers before exact
 * ones), so another cooperative's product answers 404 before any other check. Every write needs
 * an approved cooperative (403), then a valid body (400).
 */
export const vendorProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendor/products/:id", methods: ["GET", "POST", "DELETE"], middlewares: [requireOwnProduct] },
  { matcher: "/vendor/products/:id/*", methods: ["GET", "POST", "DELETE"], middlewares: [requireOwnProduct] },
  {
    matcher: "/vendor/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListProductsQuery, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/vendor/products",
    methods: ["POST"],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(CreateProductBody)],
  },
  {
    matcher: "/vendor/products/:id",
    methods: ["POST"],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(UpdateProductBody)],
  },
  { matcher: "/vendor/products/:id", methods: ["DELETE"], middlewares: [requireApprovedCooperative] },
  ...["submit", "withdraw", "archive"].map((action) => ({
    matcher: `/vendor/products/:id/${action}`,
    methods: ["POST" as const],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(EmptyBody)],
  })),
  {
    matcher: "/vendor/products/:id/price",
    methods: ["POST"],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(SetPricesBody)],
  },
  {
    matcher: "/vendor/products/:id/stock",
    methods: ["POST"],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(SetStockBody)],
  },
  {
    matcher: "/vendor/products/:id/provenance",
    methods: ["POST"],
    middlewares: [requireApprovedCooperative, validateAndTransformBody(UpdateProvenanceBody)],
  },
  { matcher: "/vendor/products/:id/images", methods: ["POST"], middlewares: [requireApprovedCooperative, uploadImages] },
]
