import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { waitFor } from "../search/fixtures"
import { application, approve, certify, newProduct, openShop, placeOrder, signUp, type Producer, type Shop } from "../producer/portal"
import { LEDGER_MODULE, type LedgerModuleService } from "../../src/modules/ledger"

// Nothing silently lost (issue #15): a failure while the ledger subscriber writes an order's
// entries is retried, and the entries appear once. The failure is a real one, raised by
// PostgreSQL itself: a trigger refuses the first insert into ledger_entry. It counts with a
// sequence, which a rolled-back transaction does not undo, so only the first attempt fails.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let household: Producer
    let squid: Awaited<ReturnType<typeof newProduct>>
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      household = await signUp(api, "ho-thu-lai@ocop.test", application(1, { kind: "household" }))
      await approve(api, shop.admin, household.producerId)
      await api.post(`/admin/producers/${household.producerId}`, { commission_rate: 0.1 }, shop.admin)
      squid = await newProduct(api, household, "Chả mực (thử lại)", [200_000], 20)
      await certify(api, shop.admin, household, squid.id)
    })

    afterAll(async () => {
      await pg().raw("drop trigger if exists ledger_fail_once on ledger_entry; drop function if exists ledger_fail_once(); drop sequence if exists ledger_fail_once_seq")
    }, 300_000)

    it("the first attempt fails in the database; the retry writes every entry once", async () => {
      await pg().raw(`
        create sequence ledger_fail_once_seq;
        create function ledger_fail_once() returns trigger language plpgsql as $$
        begin
          if nextval('ledger_fail_once_seq') = 1 then raise exception 'injected failure: ledger_entry refused once'; end if;
          return new;
        end $$;
        create trigger ledger_fail_once before insert on ledger_entry for each row execute function ledger_fail_once();
      `)
      const order = await placeOrder(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }])
      const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
      // 200.000 − 20.000 commission − 2.000 VAT − 1.000 PIT.
      await waitFor(async () => (await ledger.balanceOf("producer", household.producerId)).pending === 177_000, 20_000, 200)
      const { rows } = await pg().raw("select last_value from ledger_fail_once_seq")
      // The trigger did refuse a first insert: the entries there are came from a retry.
      expect(Number(rows[0].last_value)).toBeGreaterThan(1)
      const entries = await ledger.listLedgerEntries({ order_id: order.id })
      const slots = entries.map((e) => e.slot)
      expect(new Set(slots).size).toBe(slots.length)
      expect(slots.sort()).toEqual(
        [
          `${order.id}:${order.items[0]!.id}:sale`,
          `${order.id}:${order.items[0]!.id}:commission`,
          `${order.id}:${order.items[0]!.id}:tax_vat`,
          `${order.id}:${order.items[0]!.id}:tax_pit`,
          `${order.id}:${order.items[0]!.id}:platform_commission`,
          `${order.id}:${order.items[0]!.id}:withheld`,
        ].sort()
      )
      expect(entries.every((e) => e.reverses_id === null)).toBe(true)
      expect(await ledger.balanceOf("producer", household.producerId)).toEqual({ currency_code: "vnd", pending: 177_000, payable: 0, paid: 0, withheld: 3_000 })
    }, 300_000)
  },
})
