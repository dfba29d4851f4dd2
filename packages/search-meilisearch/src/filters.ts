// Compiles the Search Module's filter tree into a Meilisearch filter expression.
// https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
//
// Semantics follow the PostgreSQL provider, so one index definition answers the same on both:
// on array fields a bare value or $eq means "contains"; $ne and $nin are satisfied by documents
// without the field; equality with null means "absent". What Meilisearch cannot express
// ($prefix, $like, ranges on text or arrays) is refused rather than approximated.

import type { SearchTypes } from "@medusajs/framework/types"
import { notAllowed } from "./errors"
import { attributeFor, isNumeric, type FieldPlan, type PlannedField } from "./fields"

type Scalar = string | number | boolean | Date | null | undefined

/** A Meilisearch string literal: double-quoted, with `\` and `"` escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** An expression no document satisfies, and one every document does (the primary key always exists). */
export function never(plan: FieldPlan): string {
  return `${plan.primaryKey} NOT EXISTS`
}

function always(plan: FieldPlan): string {
  return `${plan.primaryKey} EXISTS`
}

function literal(planned: PlannedField, value: Scalar): string {
  if (value === null || value === undefined) notAllowed(`null is not a value to compare "${planned.path}" with`)
  if (planned.type === "date") {
    const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value))
    if (!Number.isFinite(ms)) notAllowed(`Cannot read the filter value of "${planned.path}" as a date`)
    return String(ms)
  }
  if (planned.type === "integer" || planned.type === "float") {
    const n = typeof value === "number" ? value : Number(value)
    if (!Number.isFinite(n)) notAllowed(`Cannot cast the filter value of "${planned.path}" to a number`)
    return String(n)
  }
  if (planned.type === "boolean") {
    if (typeof value === "boolean") return String(value)
    if (value === "true" || value === "false") return value
    return String(Boolean(value))
  }
  return quote(value instanceof Date ? value.toISOString() : String(value))
}

function absent(attribute: string): string {
  return `(${attribute} NOT EXISTS OR ${attribute} IS NULL)`
}

function present(attribute: string): string {
  return `(${attribute} EXISTS AND NOT ${attribute} IS NULL)`
}

function equals(planned: PlannedField, value: Scalar): string {
  const attribute = attributeFor(planned)
  if (value === null || value === undefined) return absent(attribute)
  return `${attribute} = ${literal(planned, value)}`
}

function anyOf(planned: PlannedField, values: Scalar[], plan: FieldPlan): string {
  if (!values.length) return never(plan)
  const attribute = attributeFor(planned)
  const concrete = values.filter((v) => v !== null && v !== undefined)
  const parts: string[] = []
  if (concrete.length === 1) parts.push(equals(planned, concrete[0]))
  if (concrete.length > 1) parts.push(`${attribute} IN [${concrete.map((v) => literal(planned, v)).join(", ")}]`)
  if (concrete.length < values.length) parts.push(absent(attribute))
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`
}

function compare(planned: PlannedField, operator: string, value: Scalar): string {
  if (planned.isArray) notAllowed(`Operator "${operator}" is not supported on array field "${planned.path}"`)
  if (!isNumeric(planned)) {
    notAllowed(`The Meilisearch provider compares only numbers and dates; "${planned.path}" is ${planned.type}`)
  }
  const symbol = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]!
  return `${attributeFor(planned)} ${symbol} ${literal(planned, value)}`
}

function fieldPredicate(path: string, raw: unknown, plan: FieldPlan): string {
  const planned = plan.fields.get(path)
  if (!planned) notAllowed(`Unknown filter field "${path}" on the Meilisearch provider`)
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    const values = (Array.isArray(raw) ? raw : [raw]) as Scalar[]
    return anyOf(planned, values, plan)
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!operators.length) notAllowed(`Empty operator map on filter field "${path}"`)
  const parts: string[] = []
  for (const [operator, value] of operators) {
    const list = (Array.isArray(value) ? value : [value]) as Scalar[]
    switch (operator) {
      case "$eq":
        parts.push(equals(planned, value as Scalar))
        break
      case "$ne":
        parts.push(value === null || value === undefined ? present(attributeFor(planned)) : `NOT ${equals(planned, value as Scalar)}`)
        break
      case "$in":
        parts.push(anyOf(planned, list, plan))
        break
      case "$nin":
        parts.push(list.length ? `NOT ${anyOf(planned, list, plan)}` : always(plan))
        break
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte":
        parts.push(compare(planned, operator, value as Scalar))
        break
      case "$exists":
        parts.push(value ? present(attributeFor(planned)) : absent(attributeFor(planned)))
        break
      case "$contains":
        if (!planned.isArray) notAllowed(`Operator $contains on "${path}" needs an array field`)
        parts.push(list.length ? `(${list.map((v) => equals(planned, v)).join(" AND ")})` : always(plan))
        break
      case "$overlaps":
        if (!planned.isArray) notAllowed(`Operator $overlaps on "${path}" needs an array field`)
        parts.push(anyOf(planned, list, plan))
        break
      case "$prefix":
      case "$like":
        notAllowed(`Meilisearch has no substring filter, so the Meilisearch provider does not support "${operator}" ("${path}")`)
      default:
        notAllowed(`The Meilisearch provider does not support operator "${operator}" on "${path}"`)
    }
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`
}

/** The Meilisearch filter for a filter tree (`q` ignored), or undefined when it filters nothing. */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined, plan: FieldPlan): string | undefined {
  if (!filters) return undefined
  const compile = (branch: SearchTypes.SearchFilters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) continue
      if (key === "$and" || key === "$or") {
        const nested = ((value as SearchTypes.SearchFilters[]) ?? []).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as SearchTypes.SearchFilters)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      parts.push(fieldPredicate(key, value, plan))
    }
    return parts.join(" AND ")
  }
  const sql = compile(filters)
  return sql || undefined
}

/** Primary-key membership only (`{ id: [...] }`), so a delete can go by id. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | undefined {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== primaryKey) return undefined
  const predicate = filters[primaryKey] as unknown
  const asIds = (value: unknown): string[] | undefined => {
    const values = Array.isArray(value) ? value : [value]
    return values.every((v) => typeof v === "string") ? (values as string[]) : undefined
  }
  if (predicate === null || typeof predicate !== "object" || Array.isArray(predicate)) return asIds(predicate)
  const operators = Object.keys(predicate)
  if (operators.length === 1 && (operators[0] === "$eq" || operators[0] === "$in")) {
    return asIds((predicate as Record<string, unknown>)[operators[0]])
  }
  return undefined
}
