import { scopeLayout } from "@/i18n/client-messages";

// Personal pages (cookies, tokens) render on every request and never enter the shared page cache.
export const dynamic = "force-dynamic";

// The client components under /account get only their message namespaces (src/i18n/client-namespaces.ts).
export default scopeLayout("account");
