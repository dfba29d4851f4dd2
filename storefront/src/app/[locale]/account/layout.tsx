import { scopeLayout } from "@/i18n/client-messages";

// The client components under /account get only their message namespaces (src/i18n/client-namespaces.ts).
export default scopeLayout("account");
