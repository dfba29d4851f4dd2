import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { PRODUCER_CREATED } from "../producers/create-producer"
import { createProducerStep } from "../producers/steps"
import {
  createLinksStep,
  createProducerMemberStep,
  createProducerStockLocationStep,
  prepareProducerApplicationStep,
  type ApplyAsProducerInput,
  type ProducerApplication,
} from "./steps"

export type { ApplyAsProducerInput, ProducerApplication }

/**
 * Files a producer's application: creates the producer (status "pending" until the admin
 * approves it through POST /admin/producers/:id/status), its own stock location (linked to the
 * producer, the default sales channel and the manual fulfilment provider), the owner member,
 * and records `producer_id` and `producer_member_id` in the login's app_metadata, so the next
 * login's token carries actor_id = the producer. All or nothing. Emits `producer.created`.
 */
export const applyAsProducerWorkflow = createWorkflow("producer-portal-apply", (input: ApplyAsProducerInput) => {
  const prepared = prepareProducerApplicationStep(input)
  const producer = createProducerStep(transform({ prepared }, ({ prepared }) => prepared.producer))
  const location = createProducerStockLocationStep(transform({ prepared }, ({ prepared }) => prepared.location))
  createLinksStep(
    transform({ prepared, producer, location }, ({ prepared, producer, location }): LinkDefinition[] => [
      { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
      ...(prepared.sales_channel_id
        ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: prepared.sales_channel_id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } }]
        : []),
    ])
  )
  const member = createProducerMemberStep(
    transform({ prepared, producer, input }, ({ prepared, producer, input }) => ({
      producer_id: producer.id,
      email: prepared.email,
      name: prepared.member_name,
      role: "owner" as const,
      auth_identity_id: input.auth_identity_id,
    }))
  )
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer", value: producer.id }).config({
    name: "producer-portal-set-producer-id",
  })
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer_member", value: member.id }).config({
    name: "producer-portal-set-member-id",
  })
  emitEventStep({ eventName: PRODUCER_CREATED, data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
  // The admin is told of a new application (src/subscribers/notices-admin.ts).
  emitEventStep({ eventName: "ocop.producer.applied", data: transform({ producer }, ({ producer }) => ({ id: producer.id })) }).config({ name: "emit-producer-applied" })
  return new WorkflowResponse({ producer, member, stock_location: location })
})
