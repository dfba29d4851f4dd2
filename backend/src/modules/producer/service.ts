import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerMember } from "./models/producer-member"

class ProducerModuleService extends MedusaService({ Producer, ProducerMember }) {}

export default ProducerModuleService
