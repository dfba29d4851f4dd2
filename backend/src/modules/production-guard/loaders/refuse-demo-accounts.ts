import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProductionMode } from "../../../lib/production-mode"
import { DEMO_ACCOUNTS } from "../../../scripts/seed/demo-accounts"

// The shared PostgreSQL connection (knex) as far as this check uses it.
type Pg = { raw(sql: string, bindings?: unknown[]): Promise<{ rows: any[] }> }

export const DEMO_EMAILS: string[] = Object.values(DEMO_ACCOUNTS).map((account) => account.email)

/** The demo logins of the development seed that can still sign in on this database. */
export async function findDemoLogins(pg: Pg): Promise<string[]> {
  // Before the first migration there is nothing to find.
  const { rows: table } = await pg.raw("select to_regclass('provider_identity') as name")
  if (!table[0]?.name) return []
  const { rows } = await pg.raw(
    "select distinct lower(entity_id) as email from provider_identity where deleted_at is null and lower(entity_id) = any(?) order by 1",
    [DEMO_EMAILS]
  )
  return rows.map((row: { email: string }) => row.email)
}

export function demoLoginsMessage(emails: string[]): string {
  return (
    `Refusing to run in production: the development seed's demo accounts can still sign in (${emails.join(", ")}). ` +
    "Use a database without the dev seed, or delete these accounts first (set OCOP_DEV_DEFAULTS=true only for that)."
  )
}

// Production must never serve the well-known demo logins (their passwords are in the README).
// `db:migrate` runs module loaders "loader only": schema changes stay possible.
export default async function refuseDemoAccounts({
  container,
  dataLoaderOnly,
}: LoaderOptions & { dataLoaderOnly?: boolean }) {
  if (!isProductionMode(process.env) || dataLoaderOnly) return
  const pg = container.resolve<Pg>(ContainerRegistrationKeys.PG_CONNECTION)
  const emails = await findDemoLogins(pg)
  if (emails.length > 0) throw new Error(demoLoginsMessage(emails))
}
