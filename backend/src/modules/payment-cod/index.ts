import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CodPaymentProviderService from "./service"

/** Payment Module provider: register with `id: "cod"` → provider id `pp_cod_cod`. */
export default ModuleProvider(Modules.PAYMENT, { services: [CodPaymentProviderService] })
