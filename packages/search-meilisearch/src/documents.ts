// Documents on their way in (date fields get a millisecond copy Meilisearch can filter and sort
// by) and hits on their way out (narrowed to the requested fields, copies dropped).

import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument, readDocumentPath, searchValueToNumber, setDocumentPath } from "@medusajs/framework/utils"
import { DATE_SHADOW_ROOT, type FieldPlan } from "./fields"

export function prepareDocument(document: SearchTypes.SearchDocument, plan: FieldPlan): Record<string, unknown> {
  const prepared: Record<string, unknown> = { ...document }
  delete prepared[DATE_SHADOW_ROOT]
  const shadows: Record<string, unknown> = {}
  for (const planned of plan.fields.values()) {
    if (planned.type !== "date") continue
    const values = readDocumentPath(document, planned.path.split("."))
      .map((value) => searchValueToNumber(value, true))
      .filter((value): value is number => value !== undefined)
    if (!values.length) continue
    setDocumentPath(shadows, planned.path, planned.isArray ? values : values[0])
  }
  if (Object.keys(shadows).length) prepared[DATE_SHADOW_ROOT] = shadows
  const id = document[plan.primaryKey]
  if (id === undefined || id === null || id === "") {
    throw new Error(`A document written to the Meilisearch provider is missing its primary key "${plan.primaryKey}"`)
  }
  prepared[plan.primaryKey] = String(id)
  return prepared
}

export function projectHit(hit: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const { _formatted, _matchesPosition, _rankingScore, _rankingScoreDetails, _federation, [DATE_SHADOW_ROOT]: _ms, ...document } = hit
  return projectDocument(document, paths)
}
