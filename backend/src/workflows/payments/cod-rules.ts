import { MedusaError } from "@medusajs/framework/utils"
import { codRefusal, formatVnd } from "@ocop/core"
import { codMaxTotal, COD_PROVIDER_ID } from "./utils/config"

type CartForCod = {
  total?: unknown
  shipping_address?: { phone?: string | null } | null
  items?: ({ requires_shipping?: boolean | null; title?: string | null } | null)[] | null
  shipping_methods?: unknown[] | null
  payment_collection?: { payment_sessions?: ({ provider_id?: string; status?: string } | null)[] | null } | null
}

const OPEN_SESSION_STATUSES = new Set(["pending", "requires_more", "authorized", "captured", "pending_authorization"])

/**
 * Cash on delivery is for goods a carrier delivers: a cart paying by COD needs a shipping
 * method and no item that ships nothing (a community-tourism experience, OCOP group 6), a
 * Vietnamese phone number and a total within the COD limit (@ocop/core codRefusal).
 */
export function assertCodFitsCart(cart: CartForCod, maxTotal = codMaxTotal()): void {
  const sessions = cart.payment_collection?.payment_sessions ?? []
  const paysByCod = sessions.some((s) => s?.provider_id === COD_PROVIDER_ID && OPEN_SESSION_STATUSES.has(s.status ?? ""))
  if (!paysByCod) return
  const unshipped = (cart.items ?? []).filter((i) => i && i.requires_shipping === false)
  if (unshipped.length > 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cash on delivery is only for shipped goods; pay for ${unshipped.map((i) => `"${i!.title ?? "this item"}"`).join(", ")} by VietQR or card`
    )
  }
  if (!cart.shipping_methods?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cash on delivery needs a shipping method")
  }
  const refusal = codRefusal(cart.shipping_address?.phone, Number(cart.total ?? 0), maxTotal)
  if (refusal?.code === "foreign_phone") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cash on delivery needs a Vietnamese phone number for the courier; pay by VietQR or card")
  }
  if (refusal?.code === "over_limit") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cash on delivery is for orders up to ${formatVnd(refusal.limit, "en")}; pay by VietQR or card`
    )
  }
}
