import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// One guard in front of every API route, Medusa's own included (issue #21: a NUL byte, a malformed
// %-escape, an invalid date in a filter or a negative `limit` reached PostgreSQL and came back as a
// 500). What it refuses, with a 400 that names the problem:
//  - a NUL character anywhere (path, query, JSON body): PostgreSQL cannot store or compare it;
//  - a malformed %-escape in the path or the query;
//  - `limit` or `offset` that is not a whole number 0 or more, an `order` that is not field names;
//  - a filter on a date field (`created_at[$gt]=…`, any `*_at`) that is not a date;
//  - a JSON body nested deeper than MAX_DEPTH or with a text longer than MAX_TEXT (routes set
//    tighter limits on their own fields).

const MAX_DEPTH = 32
const MAX_TEXT = 20_000
const ORDER = /^-?[A-Za-z_][A-Za-z0-9_.]*(,-?[A-Za-z_][A-Za-z0-9_.]*)*$/
const DATE_OPERATORS = new Set(["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin"])

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function decodes(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "))
  } catch {
    return null
  }
}

/** The first problem of the raw URL, or null. */
function urlProblem(url: string): string | null {
  const [path = "", query = ""] = url.split(/\?(.*)/s, 2)
  const decodedPath = decodes(path)
  if (decodedPath === null) return "The address has a malformed %-escape."
  if (decodedPath.includes("\0")) return "The address contains a NUL character."
  for (const pair of query.split("&")) {
    const [rawName = "", rawValue = ""] = pair.split(/=(.*)/s, 2)
    const name = decodes(rawName)
    const value = decodes(rawValue)
    if (name === null || value === null) return "The query has a malformed %-escape."
    if (name.includes("\0")) return "A query parameter's name contains a NUL character."
    // Named, so that the person can find what to fix (e.g. "q" of a search).
    if (value.includes("\0")) return `The query parameter ${name.slice(0, 40)} contains a NUL character: remove it and try again.`
  }
  return null
}

function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.trim() === "") return false
  if (Number.isNaN(new Date(value).getTime())) return false
  // JavaScript rolls 2026-02-30 over to 2 March; PostgreSQL refuses it: the day must exist.
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (!ymd) return true
  const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A date filter: `created_at=…`, `created_at[$gt]=…`, `updated_at[$in][]=…`. */
function dateProblem(name: string, value: unknown, depth = 0): string | null {
  if (depth > 3) return `${name}: too deeply nested`
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = dateProblem(name, item, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [operator, inner] of Object.entries(value)) {
      if (!DATE_OPERATORS.has(operator)) return `${name}: unknown operator ${operator.slice(0, 20)}`
      const problem = dateProblem(name, inner, depth + 1)
      if (problem) return problem
    }
    return null
  }
  return isDate(value) ? null : `${name}: must be a date, e.g. 2026-01-31 or 2026-01-31T08:00:00Z`
}

function queryProblem(query: Record<string, unknown>): string | null {
  for (const name of ["limit", "offset"]) {
    const raw = query[name]
    if (raw === undefined) continue
    if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw)) return `${name}: must be a whole number, 0 or more`
  }
  const order = query.order
  if (order !== undefined && (typeof order !== "string" || !ORDER.test(order))) {
    return "order: must be field names, e.g. created_at or -created_at"
  }
  for (const [name, value] of Object.entries(query)) {
    if (name.endsWith("_at")) {
      const problem = dateProblem(name, value)
      if (problem) return problem
    }
  }
  return null
}

/** The first problem of a parsed JSON body (walked without recursion), or null. */
function bodyProblem(body: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: "body", depth: 0 }]
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      if (value.includes("\0")) return `${path}: contains a NUL character`
      if (value.length > MAX_TEXT) return `${path}: at most ${MAX_TEXT} characters`
      continue
    }
    if (!value || typeof value !== "object") continue
    if (depth >= MAX_DEPTH) return `${path}: nested too deeply`
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes("\0")) return `${path}: a field name contains a NUL character`
      stack.push({ value: inner, path: `${path}.${key.slice(0, 40)}`, depth: depth + 1 })
    }
  }
  return null
}

export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem =
    urlProblem(req.originalUrl ?? req.url) ??
    queryProblem((req.query ?? {}) as Record<string, unknown>) ??
    (req.body && typeof req.body === "object" ? bodyProblem(req.body) : null)
  next(problem ? refuse(problem) : undefined)
}
