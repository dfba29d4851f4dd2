// The partner programme's writes: applications and their review, shelves, clicks, cart
// attribution and the settlement of attributed orders.
export { applyAsPartnerWorkflow } from "./apply-as-partner"
export type { ApplyAsPartnerInput, PartnerApplication } from "./apply-as-partner"
export { updatePartnerStatusWorkflow, updatePartnerWorkflow } from "./update-partner-status"
export { createShelfWorkflow, updateShelfWorkflow, deleteShelfWorkflow, ownShelfOrThrow, MAX_SHELF_PRODUCTS } from "./shelves"
export type { ShelfInput } from "./shelves"
export { recordPartnerVisitWorkflow, setCartPartnerWorkflow, syncOrderAttributionWorkflow, activePartnerByCode } from "./attribution"
export { setGuestDeliveryWorkflow } from "./set-guest-delivery"
export type { GuestDeliveryAddress } from "./set-guest-delivery"
