import type { ReactNode } from "react";
// The shop's stylesheets in one place, so a page's first load blocks on one CSS file, not one per
// route segment (the header's suggestions, the home and search pages); the portals add their own.
import "./globals.css";
import "@/components/search/search-suggest.css";
import "@/components/home/home.css";
import "@/components/search/search.css";

// The <html> element is rendered by app/[locale]/layout.tsx, which knows the
// language; this root only exists so app/not-found.tsx has a layout too.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
