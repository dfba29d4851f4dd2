import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { emptyResponse, type SearchScope, type StoreSearchParams } from "../../../search/lib/store-search"
import { normalizeQuery } from "../../../search/lib/text"
import { answer, answers, engineOf } from "./answer"
import { parseStoreSearchQuery, withLocale } from "./validators"

/**
 * GET /store/search — search the OCOP catalog (the contract in docs/architecture.md).
 *
 * `?q=&stars=4,5&group=&commune=&producer=&price_min=&price_max=&sort=&limit=&offset=&locale=&mode=prefix`
 * → `{ hits, count, facets, limit, offset }`.
 *
 * The words are folded (accents, đ, case, punctuation) and must all match (the last one as a prefix
 * with mode=prefix); when that finds nothing, words the catalog does not know are corrected to the
 * closest ones it knows and the search runs again (search/lib/spelling.ts). Only published
 * products of the publishable key's sales channels, with a certificate in force today, are found.
 * Medusa's generic `POST /store/search` (same index) stays beside this route.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const parsed = parseStoreSearchQuery(withLocale(req))
  if (!parsed.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.message)
  const params = parsed.params

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }

  // Shared caches may keep an answer for a second: what changes is searchable within 2 s.
  res.setHeader("Cache-Control", "public, max-age=1")
  res.setHeader("Vary", "x-publishable-api-key")

  const q = normalizeQuery(params.q)
  if (params.q.trim() !== "" && q === "") {
    // Only emoji, punctuation or control characters: nothing to search for.
    res.json(emptyResponse(params))
    return
  }

  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const scope: SearchScope = { q, salesChannelIds, today: isoDateInVietnam(), engine: engineOf(search) }
  const key = JSON.stringify([{ ...params, q }, [...salesChannelIds].sort(), scope.today])

  try {
    res.json(await answers.get(key, () => answer(req, search, params, scope)))
  } catch (error) {
    // Input is validated and folded before it gets here, so this is the engine failing: log it,
    // and never hand its message (which may quote SQL) to the client.
    logger.error(`GET /store/search failed for ${describeParams(params)}: ${(error as Error)?.message}`)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Search is unavailable right now; please try again.")
  }
}

function describeParams(params: StoreSearchParams): string {
  return JSON.stringify({ ...params, q: params.q.slice(0, 80) })
}

