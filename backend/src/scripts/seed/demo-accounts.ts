// Demo logins of the development seed; production refuses to start with them (see medusa-config).
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@ocop.local", password: "ocop-dev-admin" },
  customer: { email: "customer@ocop.local", password: "ocop-dev-customer" },
  producer: { email: "producer@ocop.local", password: "ocop-dev-producer" },
  producer2: { email: "producer2@ocop.local", password: "ocop-dev-producer" },
  partner: { email: "partner@ocop.local", password: "ocop-dev-partner", referralCode: "HALONGBAY" },
} as const

export const STOREFRONT_KEY_TITLE = "OCOP Storefront"
