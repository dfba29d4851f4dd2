import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProviderService from "./service"

/** Payment Module provider: register with `id: "vietqr"` → provider id `pp_vietqr_vietqr`. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProviderService] })
