import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware Link and helpers: hrefs are written without the /vi or /en prefix.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
