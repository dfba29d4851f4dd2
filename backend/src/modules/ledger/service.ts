import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LedgerEntry } from "./models/ledger-entry"
import { PayeeAccount } from "./models/payee-account"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutLine } from "./models/payout-line"

export type LedgerEntryRecord = InferTypeOf<typeof LedgerEntry>
export type PayeeAccountRecord = InferTypeOf<typeof PayeeAccount>
export type PayoutBatchRecord = InferTypeOf<typeof PayoutBatch>
export type PayoutLineRecord = InferTypeOf<typeof PayoutLine>

export type AccountType = "producer" | "partner" | "platform" | "tax" | "cash"

/** An account's money at an instant, whole đồng. */
export type Balance = { currency_code: "vnd"; pending: number; payable: number; paid: number; withheld: number }

/** The module's options (backend/medusa-config.ts). */
export type LedgerOptions = { return_window_days?: number }

/** One ledger entry of an account's month, with where its money stands now. */
export type MonthLine = Pick<LedgerEntryRecord, "id" | "kind" | "order_id" | "line_item_id" | "amount" | "occurred_at" | "available_at"> & {
  /** pending: not yet available; payable: available, not yet covered by payouts; paid: covered (oldest first). */
  status: "pending" | "payable" | "paid"
}

/** Revenue and tax withheld of one Vietnam month (Decree 117/2025/NĐ-CP declarations). */
export type WithheldMonth = { month: string; revenue: number; vat: number; pit: number }

export type PayableRow = { account_type: "producer" | "partner"; account_id: string; amount: number }

class LedgerModuleService extends MedusaService({ LedgerEntry, PayeeAccount, PayoutBatch, PayoutLine }) {
  protected readonly options_: LedgerOptions

  constructor(container: Record<string, unknown>, options: LedgerOptions = {}) {
    super(container, options)
    this.options_ = options
  }

  /** Days after delivery a buyer may ask for a return, during which the money is held. */
  returnWindowDays(): number | undefined {
    return this.options_.return_window_days
  }

  /** Every producer's and partner's payable amount at `at` (available and not yet paid out), when positive. */
  @InjectManager()
  async payableAccounts(at: Date, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<PayableRow[]> {
    const rows = (await sharedContext.manager!.execute(
      `select account_type, account_id,
              coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0)
            + coalesce(sum(amount) filter (where kind = 'payout'), 0) as amount
         from ledger_entry
        where deleted_at is null and account_type in ('producer', 'partner')
        group by account_type, account_id
       having coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0)
            + coalesce(sum(amount) filter (where kind = 'payout'), 0) > 0
        order by account_type, account_id`,
      [at, at]
    )) as Array<{ account_type: "producer" | "partner"; account_id: string; amount: string | number }>
    return rows.map((r) => ({ account_type: r.account_type, account_id: r.account_id, amount: Math.round(Number(r.amount)) }))
  }

  /**
   * The account's entries that occurred in [from, to), oldest first. Payouts pay the oldest
   * available money first, so an available entry counts as paid while the payouts cover it: the
   * entries that became available at one instant count together (a reversal carries its entry's
   * instant, so a rewritten line never peaks above what was paid), and once everything available
   * is paid out, every available entry is paid.
   */
  @InjectManager()
  async monthLines(
    accountType: AccountType,
    accountId: string,
    from: Date,
    to: Date,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<MonthLine[]> {
    const rows = (await sharedContext.manager!.execute(
      `with mine as (select * from ledger_entry where deleted_at is null and account_type = ? and account_id = ?),
            paid as (select coalesce(-sum(amount), 0) as total from mine where kind = 'payout'),
            covered as (select id, sum(amount) over (order by available_at) as upto from mine where kind <> 'payout' and available_at <= ?),
            available as (select coalesce(sum(amount), 0) as total from mine where kind <> 'payout' and available_at <= ?)
       select m.id, m.kind, m.order_id, m.line_item_id, m.amount, m.occurred_at, m.available_at,
              case when m.kind = 'payout' then 'paid'
                   when m.available_at is null or m.available_at > ? then 'pending'
                   when available.total <= paid.total or c.upto <= paid.total then 'paid'
                   else 'payable' end as status
         from mine m left join covered c on c.id = m.id cross join paid cross join available
        where m.occurred_at >= ? and m.occurred_at < ?
        order by m.occurred_at, m.id`,
      [accountType, accountId, at, at, at, from, to]
    )) as Array<Record<string, any>>
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      order_id: r.order_id ?? null,
      line_item_id: r.line_item_id ?? null,
      amount: Math.round(Number(r.amount)),
      occurred_at: new Date(r.occurred_at),
      available_at: r.available_at ? new Date(r.available_at) : null,
      status: r.status,
    }))
  }

  /** A producer's revenue (net of refunds and returns) and tax withheld, per Vietnam month from `from` to `to`. */
  @InjectManager()
  async withheldByMonth(
    producerId: string,
    from: Date,
    to: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<WithheldMonth[]> {
    const rows = (await sharedContext.manager!.execute(
      `select to_char(occurred_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
              coalesce(sum(amount) filter (where kind = 'sale'), 0) as revenue,
              coalesce(-sum(amount) filter (where kind = 'tax_vat'), 0) as vat,
              coalesce(-sum(amount) filter (where kind = 'tax_pit'), 0) as pit
         from ledger_entry
        where deleted_at is null and account_type = 'producer' and account_id = ? and occurred_at >= ? and occurred_at < ?
        group by 1 order by 1`,
      [producerId, from, to]
    )) as Array<Record<string, any>>
    return rows.map((r) => ({ month: r.month, revenue: Math.round(Number(r.revenue)), vat: Math.round(Number(r.vat)), pit: Math.round(Number(r.pit)) }))
  }

  /**
   * pending: owed, not yet available (undelivered, unpaid or inside the return window);
   * payable: available and not yet paid out; paid: paid out; withheld: tax withheld from it.
   * Summed in SQL: an active producer has thousands of entries.
   */
  @InjectManager()
  async balanceOf(
    accountType: AccountType,
    accountId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<Balance> {
    const [row] = (await sharedContext.manager!.execute(
      `select
         coalesce(sum(amount) filter (where kind <> 'payout' and (available_at is null or available_at > ?)), 0) as pending,
         coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0) as available,
         coalesce(-sum(amount) filter (where kind = 'payout'), 0) as paid,
         coalesce(-sum(amount) filter (where kind in ('tax_vat', 'tax_pit')), 0) as withheld
       from ledger_entry
       where deleted_at is null and account_type = ? and account_id = ?`,
      [at, at, accountType, accountId]
    )) as Array<Record<string, string | number>>
    const n = (v: unknown) => Math.round(Number(v ?? 0))
    return {
      currency_code: "vnd",
      pending: n(row?.pending),
      payable: n(row?.available) - n(row?.paid),
      paid: n(row?.paid),
      withheld: n(row?.withheld),
    }
  }
}

export default LedgerModuleService
