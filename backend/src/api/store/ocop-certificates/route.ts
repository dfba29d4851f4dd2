import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import type { StoreLookupCertificatesType } from "../validators"
import { PUBLIC_CERTIFICATE_GRAPH, PUBLIC_CERTIFICATE_STATUSES, toPublicCertificate } from "./public-certificate"

const MAX_RESULTS = 20

/** LIKE pattern text: `%`, `_` and `\` taken literally. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

type IdRow = { id?: string; ocop_certificate?: { id: string } | null; products?: Array<{ ocop_certificate?: { id: string } | null } | null> | null }

/**
 * GET /store/ocop-certificates?q= → { certificates, count }
 * The public certificate lookup: by decision number, product or producer name (any part of it,
 * ignoring case). Only decided certificates that cover a product; at most 20, newest decision
 * first. An empty q finds nothing.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreLookupCertificatesType>, res: MedusaResponse) {
  const q = req.validatedQuery.q.trim()
  if (!q) return res.json({ certificates: [], count: 0 })
  const like = `%${likeLiteral(q)}%`
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const take = { take: MAX_RESULTS }
  const found = await Promise.all([
    query.graph({ entity: "ocop_certificate", fields: ["id"], filters: { decision_number: { $ilike: like } }, pagination: take }),
    query.graph({ entity: "product", fields: ["ocop_certificate.id"], filters: { title: { $ilike: like } }, pagination: take }),
    query.graph({
      entity: "producer",
      fields: ["products.ocop_certificate.id"],
      filters: { $or: [{ display_name: { $ilike: like } }, { legal_name: { $ilike: like } }] },
      pagination: take,
    }),
  ])
  const ids = new Set<string>()
  for (const row of found.flatMap((r) => r.data as IdRow[])) {
    if (row.id) ids.add(row.id)
    if (row.ocop_certificate) ids.add(row.ocop_certificate.id)
    for (const p of row.products ?? []) if (p?.ocop_certificate) ids.add(p.ocop_certificate.id)
  }
  if (!ids.size) return res.json({ certificates: [], count: 0 })
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: PUBLIC_CERTIFICATE_GRAPH,
    filters: { id: [...ids], status: PUBLIC_CERTIFICATE_STATUSES },
  })
  const today = isoDateInVietnam()
  const certificates = (data as Parameters<typeof toPublicCertificate>[0][])
    .map((row) => toPublicCertificate(row, today))
    .filter((c): c is NonNullable<typeof c> => c !== null)
    .sort((a, b) => String(b.decision_date).localeCompare(String(a.decision_date)))
    .slice(0, MAX_RESULTS)
  res.json({ certificates, count: certificates.length })
}
