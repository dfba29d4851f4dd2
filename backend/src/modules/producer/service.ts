import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerMember } from "./models/producer-member"

/** A producer and a member as the module stores them (the models' own types). */
export type ProducerRecord = InferTypeOf<typeof Producer>
export type ProducerMemberRecord = InferTypeOf<typeof ProducerMember>

class ProducerModuleService extends MedusaService({ Producer, ProducerMember }) {}

export default ProducerModuleService
