import { medusaIntegrationTestRunner } from "../helpers/runner"
import { failed, setUpShop, type Shop } from "../payments/checkout"

// The address contract (../shared/architecture.md, Addresses) on Medusa's own store routes:
// official names and codes for all of Vietnam, phones in E.164, 400s that name the field.

const lan = { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Phố Quán Thánh", country_code: "vn" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Vietnamese addresses and phones", () => {
      let shop: Shop
      let cartId: string
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod"])
        const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "lan@example.vn" }, { headers: shop.store.headers })
        cartId = data.cart.id
      })

      const updateCart = (shipping_address: Record<string, unknown>) =>
        api.post(`/store/carts/${cartId}?fields=*shipping_address`, { shipping_address }, { headers: shop.store.headers }).catch(failed)

      it("a buyer in Hà Nội: names alone get the official names and codes, the phone E.164", async () => {
        const res = await updateCart({ ...lan, province: "TP Hà Nội", city: "phường Ba Đình", phone: "0912 345 678" })
        expect(res.status).toBe(200)
        expect(res.data.cart.shipping_address).toMatchObject({
          province: "Hà Nội",
          city: "Ba Đình",
          phone: "+84912345678",
          metadata: { province_code: "01", commune_code: "00004" },
        })
      })

      it("a buyer in TP Hồ Chí Minh with codes that agree, and a visitor's foreign phone", async () => {
        const res = await updateCart({
          ...lan,
          province: "Hồ Chí Minh",
          city: "Sài Gòn",
          phone: "+44 7700 900123",
          metadata: { province_code: "79", commune_code: "26740", note: "kept" },
        })
        expect(res.status).toBe(200)
        expect(res.data.cart.shipping_address).toMatchObject({
          province: "Hồ Chí Minh",
          city: "Sài Gòn",
          phone: "+447700900123",
          metadata: { province_code: "79", commune_code: "26740", note: "kept" },
        })
      })

      it.each([
        ["a commune outside its province", { province: "Quảng Ninh", city: "Ba Đình", metadata: { commune_code: "00004" } }, /shipping_address\.metadata\.commune_code: .*not in Quảng Ninh/],
        ["an unknown commune code", { province: "Hà Nội", city: "Ba Đình", metadata: { commune_code: "99999" } }, /shipping_address\.metadata\.commune_code: .*not a commune code/],
        ["an unknown province code", { province: "Hà Nội", city: "Ba Đình", metadata: { province_code: "00" } }, /shipping_address\.metadata\.province_code/],
        ["an empty province", { province: "", city: "Ba Đình" }, /shipping_address\.province: province is required/],
        ["no province at all", { city: "Ba Đình" }, /shipping_address\.province: province is required/],
        ["a province that no longer exists", { province: "Hà Giang", city: "Hà Giang 1" }, /shipping_address\.province: .*not one of Vietnam's 34 provinces/],
        ["a commune name that is no unit", { province: "Hà Nội", city: "Trúc Bạch" }, /shipping_address\.city: .*not a ward or commune of Hà Nội/],
        ["a name that fits two units", { province: "Thái Nguyên", city: "van lang" }, /shipping_address\.city: .*more than one commune/],
        ["names and codes that disagree", { province: "Hà Nội", city: "Hoàn Kiếm", metadata: { commune_code: "00004" } }, /shipping_address\.city: .*not Phường Ba Đình/],
        ["a phone that is not a number", { province: "Hà Nội", city: "Ba Đình", phone: "call me" }, /shipping_address\.phone: "call me" is not a phone number/],
        ["a phone that is not even text", { province: "Hà Nội", city: "Ba Đình", phone: { number: 1 } }, /phone/],
        ["a province that is not text", { province: ["Hà Nội"], city: "Ba Đình" }, /province/],
      ])("refuses %s with a 400 naming the field, and saves nothing", async (_what, address, message) => {
        // Each test starts from the database as beforeAll left it: give the cart a good address first.
        expect((await updateCart({ ...lan, province: "Hồ Chí Minh", city: "Sài Gòn" })).status).toBe(200)
        const res = await updateCart({ ...lan, ...address })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        const { data } = await api.get(`/store/carts/${cartId}?fields=*shipping_address`, { headers: shop.store.headers })
        expect(data.cart.shipping_address).toMatchObject({ city: "Sài Gòn", metadata: { commune_code: "26740" } })
      })

      it("a booking's billing contact needs no place, but its phone is checked", async () => {
        const ok = await api
          .post(`/store/carts/${cartId}`, { billing_address: { first_name: "Tom", phone: "+1 415 555 2671", country_code: "vn" } }, { headers: shop.store.headers })
          .catch(failed)
        expect(ok.status).toBe(200)
        expect(ok.data.cart.billing_address.phone).toBe("+14155552671")
        const bad = await api.post(`/store/carts/${cartId}`, { billing_address: { first_name: "Tom", phone: "12" } }, { headers: shop.store.headers }).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/billing_address\.phone/)
      })

      it("checks a new cart's address too", async () => {
        const res = await api
          .post("/store/carts", { region_id: shop.regionId, shipping_address: { ...lan, province: "Hà Nội", city: "Ba Đình", metadata: { commune_code: "07192" } } }, { headers: shop.store.headers })
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/shipping_address\.metadata\.commune_code: .*Cô Tô.*not in Hà Nội/)
      })

      it("a customer's address book: codes added, bad places and phones refused, nothing saved", async () => {
        const login = await api.post("/auth/customer/emailpass", { email: "customer@ocop.local", password: "ocop-dev-customer" })
        const headers = { ...shop.store.headers, authorization: `Bearer ${login.data.token}` }
        const before = (await api.get("/store/customers/me/addresses", { headers })).data.addresses.length

        const created = await api.post(
          "/store/customers/me/addresses?fields=*addresses",
          { ...lan, province: "quang ninh", city: "Cô Tô", phone: "0912345678" },
          { headers }
        )
        const saved = created.data.customer.addresses.find((a: { city: string }) => a.city === "Cô Tô")
        expect(saved).toMatchObject({ province: "Quảng Ninh", phone: "+84912345678", metadata: { province_code: "22", commune_code: "07192" } })

        const outside = await api
          .post("/store/customers/me/addresses", { ...lan, province: "Hà Nội", city: "Cô Tô", metadata: { commune_code: "07192" } }, { headers })
          .catch(failed)
        expect(outside.status).toBe(400)
        expect(outside.data.message).toMatch(/address\.metadata\.commune_code/)
        const noProvince = await api.post("/store/customers/me/addresses", { ...lan, city: "Cô Tô" }, { headers }).catch(failed)
        expect(noProvince.status).toBe(400)
        expect(noProvince.data.message).toMatch(/address\.province/)

        // A partial update leaves the place alone, but still checks the phone.
        const phoneOnly = await api.post(`/store/customers/me/addresses/${saved.id}`, { phone: "+84 24 3825 3536" }, { headers })
        expect(phoneOnly.status).toBe(200)
        const badPhone = await api.post(`/store/customers/me/addresses/${saved.id}`, { phone: "not a phone" }, { headers }).catch(failed)
        expect(badPhone.status).toBe(400)
        expect(badPhone.data.message).toMatch(/address\.phone/)
        const moved = await api.post(`/store/customers/me/addresses/${saved.id}`, { province: "Hà Nội", city: "Cô Tô" }, { headers }).catch(failed)
        expect(moved.status).toBe(400)

        const after = (await api.get("/store/customers/me/addresses?fields=*", { headers })).data.addresses
        expect(after).toHaveLength(before + 1)
        expect(after.find((a: { id: string }) => a.id === saved.id)).toMatchObject({ city: "Cô Tô", phone: "+842438253536" })

        const me = await api.post("/store/customers/me", { phone: "nope" }, { headers }).catch(failed)
        expect(me.status).toBe(400)
        expect(me.data.message).toMatch(/^phone: /)
      })
    })
  },
})
