import { describe, expect, it } from "vitest"
import { INTERNAL_ERROR_MESSAGE, leaksInternals, publicErrorBody } from "./error-body"

describe("publicErrorBody", () => {
  it("replaces every 5xx body with a generic message", () => {
    expect(publicErrorBody(500, { type: "db_error", code: "api_error", message: 'duplicate key value violates unique constraint "x"' })).toEqual({
      type: "unknown_error",
      code: "unknown_error",
      message: INTERNAL_ERROR_MESSAGE,
    })
    expect(publicErrorBody(503, { message: "Redis down" }).message).toBe(INTERNAL_ERROR_MESSAGE)
  })

  it("keeps a written 4xx message, and drops one that carries SQL or a stack", () => {
    const notFound = { type: "not_found", message: "Product with id: prod_1 was not found" }
    expect(publicErrorBody(404, notFound)).toBe(notFound)
    expect(publicErrorBody(400, { type: "invalid_data", message: "select * from product where id = '1'" })).toEqual({
      type: "invalid_data",
      message: "The request could not be processed.",
    })
  })

  it("recognises SQL, PostgreSQL errors, stack traces and source paths, not ordinary sentences", () => {
    expect(leaksInternals('insert into "order" (id) values ($1)')).toBe(true)
    expect(leaksInternals('syntax error at or near "FROM"')).toBe(true)
    expect(leaksInternals("Error: boom\n    at Object.<anonymous> (/app/x.js:1:1)")).toBe(true)
    expect(leaksInternals("/work/main/node_modules/pg/lib/client.js")).toBe(true)
    expect(leaksInternals("Select a delivery address from the list")).toBe(false)
    expect(leaksInternals("Invalid phone number: use 10 digits starting with 0")).toBe(false)
    expect(leaksInternals(undefined)).toBe(false)
  })
})
