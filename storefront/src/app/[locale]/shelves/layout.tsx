import { scopeLayout } from "@/i18n/client-messages";

// Rendered per request from tag-cached reads; only the home and product pages are kept whole in the
// page cache so far (issue #16).
export const dynamic = "force-dynamic";

// The client components under /shelves get only their message namespaces (src/i18n/client-namespaces.ts).
export default scopeLayout("shelves");
