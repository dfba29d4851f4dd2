import { scopeLayout } from "@/i18n/client-messages";

// The client components under /orders get only their message namespaces (src/i18n/client-namespaces.ts).
export default scopeLayout("orders");
