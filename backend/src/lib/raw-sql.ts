import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The slice of Medusa's knex instance (PG_CONNECTION) our hand-written SQL uses. */
export type RawSql = {
  raw: <Row = Record<string, unknown>>(sql: string, bindings?: readonly unknown[]) => Promise<{ rows: Row[] }>
}

/** The container's PostgreSQL connection, for the few reads Query cannot express in one statement. */
export function rawSqlOf(scope: Pick<MedusaContainer, "resolve">): RawSql {
  return scope.resolve<RawSql>(ContainerRegistrationKeys.PG_CONNECTION)
}
