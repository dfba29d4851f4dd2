import type { ReactNode } from "react";
import "./globals.css";

// The <html> element is rendered by app/[locale]/layout.tsx, which knows the
// language; this root only exists so app/not-found.tsx has a layout too.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
