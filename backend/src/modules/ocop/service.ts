import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/ocop-certificate"

/** A certificate as the module stores it (the model's own type). */
export type OcopCertificateRecord = InferTypeOf<typeof OcopCertificate>

/** CRUD for OCOP certificates; the rules live in @ocop/core and the workflows. */
class OcopModuleService extends MedusaService({ OcopCertificate }) {}

export default OcopModuleService
