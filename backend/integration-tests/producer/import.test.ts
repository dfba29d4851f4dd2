import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { application, approve, fails, graph, openShop, signUp, type Producer, type Shop } from "./portal"

// CSV import: every row checked first, errors by row, nothing imported unless all rows are valid.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let pending: Producer

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      A = await signUp(api, "csv@ocop.test", application(1))
      await approve(api, shop.admin, A.producerId)
      pending = await signUp(api, "cho@ocop.test", application(2))
    })

    const send = (producer: Producer, body: string | Uint8Array, type = "text/csv; charset=utf-8") =>
      api.post("/producer/products/import", Buffer.from(body), {
        headers: { ...producer.auth.headers, "content-type": type },
      })
    const productCount = async () => (await graph(getContainer(), "product", ["id"], {})).length
    const header = "tên sản phẩm,mô tả,giá (VND),tồn kho,nhóm,mã SKU"

    it("imports every row as a product with its price, stock at the producer's location and group", async () => {
      const rows = Array.from({ length: 30 }, (_, i) => `Sản phẩm thử ${i + 1},Mô tả ${i + 1},"${(i + 1) * 10}.000",${i},Thực phẩm,SKU-${i + 1}`)
      const { data } = await send(A, `\uFEFF${header}\r\n${rows.join("\r\n")}\r\n`)
      expect(data.imported).toBe(30)
      expect(data.products[0]).toMatchObject({ row: 2, title: "Sản phẩm thử 1", handle: "san-pham-thu-1", status: "published" })
      const list = await api.get("/producer/products?limit=200", A.auth)
      expect(list.data.count).toBe(30)
      const tenth = list.data.products.find((p: { title: string }) => p.title === "Sản phẩm thử 10")
      expect(tenth).toMatchObject({ description: "Mô tả 10", group: "food", status: "published" })
      expect(tenth.variants).toEqual([expect.objectContaining({ title: "Mặc định", sku: "SKU-10", price: 100_000, stocked_quantity: 9 })])
      const stock = await api.get("/producer/stock", A.auth)
      expect(stock.data.items).toHaveLength(30)
      expect(stock.data.stock_location.id).toBe(A.locationId)
    })

    it("a pending producer's import makes drafts", async () => {
      const { data } = await send(pending, "tên sản phẩm;giá (VND)\nMiến dong;60.000\n")
      expect(data.products).toEqual([expect.objectContaining({ title: "Miến dong", status: "draft" })])
    })

    it("reports the bad rows and imports nothing", async () => {
      const before = await productCount()
      const csv = [
        header,
        "Trà hoa vàng,,1.250.000,5,food,",
        "Chả mực,,-250000,5,food,",
        "Mực khô,,1800000.5,2,food,",
        "Gà Tiên Yên,,350000,-4,food,",
        ",,1000,1,,",
        "Gốm,,350000,1,đồ cổ,",
        "Trà hoa vàng,,1,1,,",
      ].join("\n")
      const res = await fails(send(A, csv))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^6 dòng có lỗi; chưa nhập sản phẩm nào/)
      expect(res.data.row_count).toBe(7)
      expect(res.data.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
        [3, "giá (VND)"],
        [4, "giá (VND)"],
        [5, "tồn kho"],
        [6, "tên sản phẩm"],
        [7, "nhóm"],
        [8, "tên sản phẩm"],
      ])
      expect(await productCount()).toBe(before)
    })

    it("reports SKUs already used, importing nothing", async () => {
      await send(A, `${header}\nTrà,,1000,1,,TRA-1\n`)
      const before = await productCount()
      const res = await fails(send(A, `${header}\nMật ong,,1000,1,,MO-1\nTrà mới,,1000,1,,TRA-1\n`))
      expect(res.data.errors).toEqual([{ row: 3, column: "mã SKU", message: 'mã SKU "TRA-1" đã được dùng cho sản phẩm khác' }])
      expect(await productCount()).toBe(before)
    })

    it("400 with a clear message for wrong columns, wrong encoding, too many rows, not a CSV body", async () => {
      const before = await productCount()
      const columns = await fails(send(A, "name,price\nTea,1000\n"))
      expect(columns.status).toBe(400)
      expect(columns.data.message).toMatch(/^Sai cột: thiếu cột "tên sản phẩm", "giá \(VND\)"; cột không nhận ra: "name", "price"\. Các cột của mẫu: /)

      const latin1 = Buffer.from("tên sản phẩm,giá (VND)\nTrà hoa vàng,1000\n", "latin1")
      const encoding = await fails(send(A, latin1))
      expect(encoding.status).toBe(400)
      expect(encoding.data.message).toMatch(/không phải mã UTF-8/)
      expect(encoding.data.message).toMatch(/not UTF-8/)

      const rows = Array.from({ length: 1001 }, (_, i) => `Sản phẩm ${i},1000`).join("\n")
      const tooMany = await fails(send(A, `tên sản phẩm,giá (VND)\n${rows}\n`))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe("Tệp có 1.001 dòng sản phẩm; mỗi lần nhập tối đa 1.000 dòng. Hãy chia tệp ra.")

      const json = await fails(api.post("/producer/products/import", { csv: "tên sản phẩm,giá (VND)\nX,1" }, A.auth))
      expect(json.status).toBe(400)
      expect(json.data.message).toMatch(/text\/csv/)
      const empty = await fails(send(A, ""))
      expect(empty.data.message).toMatch(/^Tệp trống/)
      expect(await productCount()).toBe(before)
    })
  },
})
