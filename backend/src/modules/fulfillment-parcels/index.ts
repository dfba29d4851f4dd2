import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ParcelFulfillmentProviderService from "./service"

/** Fulfillment Module provider: register with `id: "ocop"` → provider id `parcels_ocop`. */
export default ModuleProvider(Modules.FULFILLMENT, { services: [ParcelFulfillmentProviderService] })
