import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerWorkflow } from "../../../workflows/producers/create-producer"
import { communeName } from "../../store/lib/ocop"
import { ADMIN_PRODUCER_FIELDS } from "./producers"
import type { AdminCreateProducerType, AdminListProducersType } from "../validators"

/** GET /admin/producers?q=&status=&limit=&offset= → { producers (with product_count), count, limit, offset } */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    const like = `%${q}%`
    filters.$or = [{ display_name: { $ilike: like } }, { legal_name: { $ilike: like } }, { handle: { $ilike: like } }]
  }
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: [...ADMIN_PRODUCER_FIELDS, "products.id"],
    filters,
    pagination: { skip: offset, take: limit, order: { display_name: "ASC" } },
  })
  const producers = (data as Array<Record<string, unknown> & { products?: unknown[] }>).map(({ products, ...p }) => ({
    ...p,
    commune_name: communeName(p.commune_code as string | null),
    product_count: products?.length ?? 0,
  }))
  res.json({ producers, count: metadata?.count ?? producers.length, limit, offset })
}

/** POST /admin/producers → { producer } (status "pending" unless given) */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) {
  const { result } = await createProducerWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ producer: result })
}
