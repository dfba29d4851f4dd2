import { scopeLayout } from "@/i18n/client-messages";

// Rendered per request: the page depends on its query string (its data reads are still cached by tag).
export const dynamic = "force-dynamic";

// The client components under /search get only their message namespaces (src/i18n/client-namespaces.ts).
export default scopeLayout("search");
