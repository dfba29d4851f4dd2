import type { LoaderOptions } from "@medusajs/framework/types"
import { isProductionMode } from "../../../lib/production-mode"
import { rawSqlOf, type RawSql } from "../../../lib/raw-sql"
import { DEMO_ACCOUNTS } from "../../../scripts/seed/demo-accounts"


export const DEMO_EMAILS: string[] = Object.values(DEMO_ACCOUNTS).map((account) => account.email)

/** The demo logins of the development seed that can still sign in on this database. */
export async function findDemoLogins(pg: RawSql): Promise<string[]> {
  // Before the first migration there is nothing to find.
  const { rows: table } = await pg.raw<{ name: string | null }>("select to_regclass('provider_identity') as name")
  if (!table[0]?.name) return []
  const { rows } = await pg.raw<{ email: string }>(
    "select distinct lower(entity_id) as email from provider_identity where deleted_at is null and lower(entity_id) = any(?) order by 1",
    [DEMO_EMAILS]
  )
  return rows.map((row) => row.email)
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
  const emails = await findDemoLogins(rawSqlOf(container))
  if (emails.length > 0) throw new Error(demoLoginsMessage(emails))
}
