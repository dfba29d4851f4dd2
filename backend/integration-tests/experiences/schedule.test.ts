import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isoDateInVietnam } from "@ocop/core"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Producer, type Shop } from "../producer/portal"

// An experience's booking calendar (issue #19, src/modules/experiences) over HTTP on a real
// database: the producer saves capacity per date, days off, weekly closed days, time slots and a
// minimum notice for its own experience only; the store's availability and every booking follow
// it; the last place of a slot goes to one of two buyers completing at once.

const VIETQR = "pp_vietqr_vietqr"
const PRICE = 150_000

const inDays = (n: number) => new Date(new Date(`${isoDateInVietnam()}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10)
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7

// Dates 3 days ahead and later are always outside a 48-hour notice, whatever the hour of the run.
const DAY_OFF = inDays(5)
const WEEKLY_OFF = inDays(6)
const SMALL_DAY = inDays(7)
const SCHEDULE = {
  daily_capacity: 10,
  min_notice_hours: 48,
  closed_weekdays: [isoWeekday(WEEKLY_OFF)],
  closed_dates: [DAY_OFF],
  date_capacities: [{ date: SMALL_DAY, capacity: 2 }],
  // Given out of order: saved in start order.
  slots: [
    { time: "14:00", capacity: 5 },
    { time: "08:00", capacity: 3 },
  ],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let B: Producer
    let experience: { id: string; adult: string }

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      A = await signUp(api, "lich@ocop.test", application(1))
      B = await signUp(api, "khac@ocop.test", application(2))
      await approve(api, shop.admin, A.producerId)
      await approve(api, shop.admin, B.producerId)
      const { data } = await api.post(
        "/producer/products",
        { title: "Chèo thuyền vịnh (thử nghiệm)", group: "tourism", variants: [{ title: "Người lớn", price: PRICE, stock: 0 }] },
        A.auth
      )
      await certify(api, shop.admin, A, data.product.id, { group: "tourism", sub_group: "community-tourism" })
      experience = { id: data.product.id, adult: data.product.variants[0].id }
    })

    const schedule = (body: unknown, who: Producer = A, id = experience.id) => api.post(`/producer/products/${id}/schedule`, body, who.auth)
    const saved = async () => (await api.get(`/producer/products/${experience.id}/schedule`, A.auth)).data.schedule
    const availability = async (from: string, to = from) =>
      (await api.get(`/store/experiences/${experience.id}/availability?from=${from}&to=${to}`, shop.store)).data
    const newCart = async (email = "khach@example.vn") =>
      (await api.post("/store/carts", { region_id: shop.regionId, email }, shop.store)).data.cart.id as string
    const book = (cartId: string, date: string, size: number, slot?: string) =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: experience.adult, quantity: size, metadata: { experience_date: date, party_size: size, ...(slot ? { experience_slot: slot } : {}) } },
        shop.store
      )
    const readyToPay = async (cartId: string) => {
      await api.post(`/store/carts/${cartId}`, { billing_address: { first_name: "Lan", last_name: "", phone: "+84912345678", country_code: "vn" } }, shop.store)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: VIETQR }, shop.store)
    }
    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
    const bookAndPay = async (date: string, size: number, slot?: string) => {
      const cartId = await newCart()
      await book(cartId, date, size, slot)
      await readyToPay(cartId)
      const { data } = await complete(cartId)
      expect(data.type).toBe("order")
    }

    it("saves the producer's own schedule only: 400 naming the field for bad input (nothing saved), 404 for another producer", async () => {
      expect(await saved()).toBeNull()
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...SCHEDULE, daily_capacity: -1 }, "daily_capacity"],
        [{ ...SCHEDULE, date_capacities: [{ date: SMALL_DAY, capacity: -2 }] }, "date_capacities.0.capacity"],
        [{ ...SCHEDULE, slots: [{ time: "08:00", capacity: 3 }, { time: "25:00", capacity: 3 }] }, "slots.1.time"],
        [{ ...SCHEDULE, slots: [{ time: "8h", capacity: 3 }] }, "slots.0.time"],
        [{ ...SCHEDULE, slots: [{ time: "08:00", capacity: 3 }, { time: "08:00", capacity: 4 }] }, "slots.1.time"],
        [{ ...SCHEDULE, slots: [{ time: "08:00", capacity: -1 }] }, "slots.0.capacity"],
        [{ ...SCHEDULE, min_notice_hours: 24 * 91 }, "min_notice_hours"],
        [{ ...SCHEDULE, min_notice_hours: -1 }, "min_notice_hours"],
        [{ ...SCHEDULE, closed_weekdays: [0] }, "closed_weekdays.0"],
        [{ ...SCHEDULE, closed_dates: ["2026-02-30"] }, "closed_dates.0"],
      ]
      for (const [body, field] of cases) {
        const res = await fails(schedule(body))
        expect(res.status, field).toBe(400)
        expect(res.data.message).toContain(field)
      }
      const twice = await fails(schedule({ ...SCHEDULE, slots: [{ time: "08:00", capacity: 3 }, { time: "08:00", capacity: 4 }] }))
      expect(twice.data.message).toContain("08:00 is listed twice")
      expect(await saved()).toBeNull()

      // Another producer's experience does not exist for B, in any verb.
      expect((await fails(schedule(SCHEDULE, B))).status).toBe(404)
      expect((await fails(api.get(`/producer/products/${experience.id}/schedule`, B.auth))).status).toBe(404)
      expect((await fails(api.delete(`/producer/products/${experience.id}/schedule`, B.auth))).status).toBe(404)
      expect(await saved()).toBeNull()
      // Goods have no calendar.
      const tea = await newProduct(api, A, "Trà (thử nghiệm)")
      const goods = await fails(schedule(SCHEDULE, A, tea.id))
      expect(goods.status).toBe(400)
      expect(goods.data.message).toContain("not an experience")

      const { data } = await schedule(SCHEDULE)
      expect(data.schedule).toMatchObject({
        product_id: experience.id,
        daily_capacity: 10,
        min_notice_hours: 48,
        closed_weekdays: SCHEDULE.closed_weekdays,
        closed_dates: [DAY_OFF],
        date_capacities: [{ date: SMALL_DAY, capacity: 2 }],
        slots: [{ time: "08:00", capacity: 3 }, { time: "14:00", capacity: 5 }],
      })
      expect(await saved()).toMatchObject({ slots: data.schedule.slots })
    })

    // The runner puts the database back as it was after beforeAll before each test: each sets its calendar.
    it("availability follows the schedule at once: per date and per slot capacity, booked, remaining and why closed", async () => {
      await schedule(SCHEDULE)
      const avail = await availability(inDays(0), SMALL_DAY)
      expect(avail.schedule).toMatchObject({ min_notice_hours: 48, slots: [{ time: "08:00", capacity: 3 }, { time: "14:00", capacity: 5 }] })
      const day = (date: string) => avail.dates.find((d: { date: string }) => d.date === date)
      // Today and tomorrow start within the 48-hour notice.
      for (const date of [inDays(0), inDays(1)]) {
        expect(day(date)).toMatchObject({ available: false, remaining: 0 })
        expect(["notice", "past"]).toContain(day(date).closed)
      }
      expect(day(inDays(3))).toEqual({
        date: inDays(3),
        capacity: 8,
        booked: 0,
        remaining: 8,
        available: true,
        closed: null,
        slots: [
          { time: "08:00", capacity: 3, booked: 0, remaining: 3, available: true, closed: null },
          { time: "14:00", capacity: 5, booked: 0, remaining: 5, available: true, closed: null },
        ],
      })
      expect(day(DAY_OFF)).toMatchObject({ closed: "day_off", available: false, remaining: 0 })
      expect(day(WEEKLY_OFF)).toMatchObject({ closed: "weekly_off", available: false })
      expect(day(SMALL_DAY).slots.map((s: { capacity: number }) => s.capacity)).toEqual([2, 2])
    })

    it("refuses a day off, a weekly closed day, a start inside the notice, a missing or unknown slot, with a 400 naming the field", async () => {
      await schedule(SCHEDULE)
      const cartId = await newCart()
      const cases: Array<[string, string | undefined, string, string]> = [
        [DAY_OFF, "08:00", "experience_date", "day off"],
        [WEEKLY_OFF, "08:00", "experience_date", "closed on"],
        [inDays(1), "14:00", "experience_slot", "too soon"],
        [inDays(3), undefined, "experience_slot", "choose a time"],
        [inDays(3), "09:00", "experience_slot", "not a time of this experience"],
      ]
      for (const [date, slot, field, words] of cases) {
        const res = await fails(book(cartId, date, 1, slot))
        expect(res.status, `${date} ${slot}`).toBe(400)
        expect(res.data.message).toContain(`${field}:`)
        expect(res.data.message).toContain(words)
      }
      const tooMany = await fails(book(cartId, inDays(3), 4, "08:00"))
      expect(tooMany.data.message).toContain("party_size: at most 3 people")
      expect((await api.get(`/store/carts/${cartId}`, shop.store)).data.cart.items).toHaveLength(0)
    })

    it("refuses a full slot while the day's other slot still books", async () => {
      await schedule(SCHEDULE)
      const date = inDays(4)
      await bookAndPay(date, 3, "08:00")
      const cartId = await newCart()
      const full = await fails(book(cartId, date, 1, "08:00"))
      expect(full.status).toBe(400)
      expect(full.data.message).toContain(`experience_slot: 08:00 on ${date} is fully booked`)
      const { data } = await book(cartId, date, 2, "14:00")
      expect(data.cart.items[0].metadata).toMatchObject({ experience_date: date, experience_slot: "14:00", party_size: 2 })
      const [d] = (await availability(date)).dates
      expect(d.slots).toEqual([
        { time: "08:00", capacity: 3, booked: 3, remaining: 0, available: false, closed: null },
        { time: "14:00", capacity: 5, booked: 0, remaining: 5, available: true, closed: null },
      ])
      expect(d).toMatchObject({ booked: 3, remaining: 5, available: true })
    })

    // Two completions under the lock one after the other, plus a filler order: longer than 60 s on a loaded machine.
    it("two carts for the last place of a slot completed in parallel: one order, one clear refusal", { timeout: 180_000 }, async () => {
      await schedule(SCHEDULE)
      const date = inDays(8)
      await bookAndPay(date, 2, "08:00")
      const a = await newCart("a@example.vn")
      const b = await newCart("b@example.vn")
      await book(a, date, 1, "08:00")
      await book(b, date, 1, "08:00")
      await readyToPay(a)
      await readyToPay(b)
      const results = await Promise.all([a, b].map((id) => complete(id).then((r: { status: number; data: { type?: string } }) => r, (e: unknown) => fails(Promise.reject(e)))))
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refused = results.filter((r) => r.status >= 400)
      expect(orders).toHaveLength(1)
      expect(refused).toHaveLength(1)
      expect(refused[0]!.status).toBeLessThan(500)
      expect(refused[0]!.data.message).toContain(`08:00 on ${date} is fully booked`)
      expect((await availability(date)).dates[0].slots[0]).toMatchObject({ booked: 3, remaining: 0 })
    })

    it("a day closed after the booking entered the cart is refused at completion; removing the schedule brings back the capacity per date", async () => {
      await schedule(SCHEDULE)
      const date = inDays(9)
      const cartId = await newCart()
      await book(cartId, date, 1, "14:00")
      await readyToPay(cartId)
      await schedule({ ...SCHEDULE, closed_dates: [DAY_OFF, date] })
      const closed = await fails(complete(cartId))
      expect(closed.status).toBe(400)
      expect(closed.data.message).toContain(`experience_date: ${date} is a day off`)

      const { data } = await api.delete(`/producer/products/${experience.id}/schedule`, A.auth)
      expect(data.schedule).toBeNull()
      const avail = await availability(DAY_OFF)
      expect(avail.schedule).toBeNull()
      expect(avail.dates).toEqual([{ date: DAY_OFF, remaining: 20, available: true }])
      // Without a schedule, no times to choose.
      const noSlots = await fails(book(await newCart(), DAY_OFF, 1, "08:00"))
      expect(noSlots.data.message).toContain("experience_slot: this experience has no times")
      await bookAndPay(DAY_OFF, 2)
      expect((await availability(DAY_OFF)).dates[0].remaining).toBe(18)
    })
  },
})
