import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ApplicationBody } from "./application/validators"
import { ListVendorAuctionsQuery } from "./auctions/validators"
import { authenticateVendor } from "./authenticate-vendor"
import { EmptyBody } from "./common-validators"
import { UpdateCooperativeBody } from "./cooperative/validators"
import { AcceptInviteBody, CreateInviteBody } from "./invites/validators"
import { CreateMemberBody, SetLocaleBody } from "./members/validators"
import { uploadImages } from "./products/upload-images"
import { requireCooperative, requireOwner } from "./scope"

/**
 * The cooperative portal's API. The first entry is the tenant scoping, once for every route:
 * whatever a later entry or route does, it runs for an authenticated member whose cooperative
 * is known (`vendorScope`). Route entries only validate bodies and check roles.
 */
export const vendorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendor/*", middlewares: [authenticateVendor] },
  { matcher: "/vendor/members", methods: ["POST"], middlewares: [validateAndTransformBody(CreateMemberBody)] },
  { matcher: "/vendor/application", methods: ["POST"], middlewares: [validateAndTransformBody(ApplicationBody)] },
  { matcher: "/vendor/cooperative", methods: ["GET"], middlewares: [requireCooperative] },
  {
    matcher: "/vendor/cooperative",
    methods: ["POST"],
    middlewares: [requireCooperative, validateAndTransformBody(UpdateCooperativeBody)],
  },
  { matcher: "/vendor/invites", methods: ["POST"], middlewares: [requireOwner, validateAndTransformBody(CreateInviteBody)] },
  { matcher: "/vendor/invites/accept", methods: ["POST"], middlewares: [validateAndTransformBody(AcceptInviteBody)] },
  { matcher: "/vendor/me/sessions/end", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
  { matcher: "/vendor/me/locale", methods: ["POST"], middlewares: [validateAndTransformBody(SetLocaleBody)] },
  { matcher: "/vendor/summary", methods: ["GET"], middlewares: [requireCooperative] },
  { matcher: "/vendor/uploads", methods: ["POST"], middlewares: [requireCooperative, uploadImages] },
  {
    matcher: "/vendor/auctions",
    methods: ["GET"],
    middlewares: [requireCooperative, validateAndTransformQuery(ListVendorAuctionsQuery, { defaults: ["id"], isList: true, defaultLimit: 50 })],
  },
]
