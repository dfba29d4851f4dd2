import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/ocop-certificate"

/** CRUD for OCOP certificates; the rules live in @ocop/core and the workflows. */
class OcopModuleService extends MedusaService({ OcopCertificate }) {}

export default OcopModuleService
