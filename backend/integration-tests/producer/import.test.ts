import { medusaIntegrationTestRunner } from "../helpers/runner"
import { encodeWindows1258 } from "@ocop/core/dist/server"
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

    const send = (producer: Producer, body: string | Uint8Array, type = "text/csv; charset=utf-8", query = "") =>
      api.post(`/producer/products/import${query}`, Buffer.from(body), {
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

    it("400 with a clear message for wrong columns, too many rows, not a CSV body", async () => {
      const before = await productCount()
      const columns = await fails(send(A, "tên,colour\nTea,1000\n"))
      expect(columns.status).toBe(400)
      expect(columns.data.message).toMatch(/^Sai cột: thiếu cột "giá \(VND\)"; cột không nhận ra: "colour"\. Các cột của mẫu: /)
      const english = await fails(send(A, "tên,colour\nTea,1000\n", undefined, "?locale=en"))
      expect(english.data.message).toMatch(/^Wrong columns: missing "giá \(VND\)"; unknown "colour"\./)

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

    it("reads Windows-1258 and UTF-16 sheets; rows sharing a product code become one product's variants", async () => {
      const sheet = [
        "mã sản phẩm,tên sản phẩm,loại,giá (VND),tồn kho,nhóm,mã SKU",
        "mat-ong-u-minh,Mật ong rừng U Minh,Chai 250ml,180.000,5,Thực phẩm,MO-250",
        "mat-ong-u-minh,,Chai 500ml,320.000,3,,MO-500",
        "nuoc-mam,Nước mắm Phú Quốc,,95.000,7,Thực phẩm,",
      ].join("\r\n")
      const { data } = await send(A, encodeWindows1258(sheet), "text/csv")
      expect(data.products.map((p: { rows: number[]; title: string }) => [p.rows, p.title])).toEqual([
        [[2, 3], "Mật ong rừng U Minh"],
        [[4], "Nước mắm Phú Quốc"],
      ])
      const list = await api.get("/producer/products?limit=200", A.auth)
      const honey = list.data.products.find((p: { handle: string }) => p.handle === "mat-ong-u-minh")
      expect(honey.variants.map((v: { title: string; price: number; stocked_quantity: number }) => [v.title, v.price, v.stocked_quantity]).sort()).toEqual([
        ["Chai 250ml", 180_000, 5],
        ["Chai 500ml", 320_000, 3],
      ])
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("tên sản phẩm,giá (VND)\nGạo ST25 Sóc Trăng,45.000\n", "utf16le")])
      const second = await send(A, utf16)
      expect(second.data.products).toEqual([expect.objectContaining({ title: "Gạo ST25 Sóc Trăng" })])
    })

    it("a dry run lists every row's problems in the producer's language and saves nothing", async () => {
      await send(A, `${header}\nTrà,,1000,1,,TRA-9\n`)
      const before = await productCount()
      const rows = Array.from({ length: 20 }, (_, i) => `Sản phẩm ${i + 1},,${i === 4 ? "mười nghìn" : "10.000"},1,${i === 9 ? "đá quý" : "food"},${i === 14 ? "TRA-9" : ""}`)
      const csv = encodeWindows1258(`${header}\r\n${rows.join("\r\n")}\r\n`)
      const en = await send(A, csv, "text/csv", "?dry_run=true&locale=en")
      expect(en.status).toBe(200)
      expect(en.data).toMatchObject({ dry_run: true, ok: false, row_count: 20, rows_with_errors: 3, products: [] })
      expect(en.data.errors).toEqual([
        { row: 6, column: "giá (VND)", message: 'the price is not a number (got "mười nghìn")' },
        { row: 11, column: "nhóm", message: expect.stringMatching(/^there is no group "đá quý"; use one of: Food; /) },
        { row: 16, column: "mã SKU", message: 'SKU "TRA-9" is already used by another product' },
      ])
      const vi = await send(A, csv, "text/csv", "?dry_run=true")
      expect(vi.data.errors[0].message).toBe('giá không phải là số (nhận "mười nghìn")')
      const fine = await send(A, `${header}\nMật ong,,1000,1,,\n`, undefined, "?dry_run=true")
      expect(fine.data).toMatchObject({ ok: true, errors: [], products: [{ rows: [2], title: "Mật ong", variants: [{ price: 1000, stock: 1 }] }] })
      expect(await productCount()).toBe(before)
    })

    it("a Windows-1258 file with one bad row imports nothing", async () => {
      const before = await productCount()
      const rows = Array.from({ length: 50 }, (_, i) => `Bánh đậu xanh ${i + 1},,${i === 30 ? "-1" : "25.000"},3,food,`)
      const res = await fails(send(A, encodeWindows1258(`${header}\r\n${rows.join("\r\n")}\r\n`)))
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("1 dòng có lỗi; chưa nhập sản phẩm nào.")
      expect(res.data.errors).toEqual([{ row: 32, column: "giá (VND)", message: 'giá không được âm (nhận "-1")' }])
      expect(await productCount()).toBe(before)
    })

    it("the template lists the OCOP groups and reads back as a valid sheet", async () => {
      const res = await api.get("/producer/products/import/template?locale=en", A.auth)
      expect(res.headers["content-type"]).toMatch(/^text\/csv/)
      expect(res.data).toMatch(/# 6\. .+ — /)
      const check = await send(A, res.data, undefined, "?dry_run=true")
      expect(check.data).toMatchObject({ ok: true, products: [{ handle: "tra-hoa-vang-mau", variants: [{ title: "Hộp 100g" }, { title: "Hộp 250g" }] }] })
      const other = await fails(api.get("/producer/products/import/template"))
      expect(other.status).toBe(401)
    })
  },
})
