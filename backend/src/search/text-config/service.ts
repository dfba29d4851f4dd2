import { MedusaService } from "@medusajs/framework/utils"

/**
 * No data of its own: this module exists for its migration, which installs the Vietnamese
 * text-search configuration (see migrations/). Module migrations run on `medusa db:migrate` and in
 * the integration-test runner alike, before the Search Module writes any document.
 */
class OcopSearchTextService extends MedusaService({}) {}

export default OcopSearchTextService
