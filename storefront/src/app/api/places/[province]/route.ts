import { communesOf, getProvince, listProvinces } from "@ocop/vn-places";
import { toCommuneEntries } from "@/lib/address-places";

// GET /api/places/{province code} → that province's communes with what merged into each,
// for the address forms' commune picker: the browser loads one province, never all 3,321.
// Built once per province and cached by browsers and CDNs for a day.

export const dynamic = "force-static";

export function generateStaticParams() {
  return listProvinces().map((p) => ({ province: p.code }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ province: string }> }) {
  const { province } = await params;
  if (!getProvince(province)) return Response.json({ message: `no province with code ${province}` }, { status: 404 });
  return Response.json(toCommuneEntries(communesOf(province)), {
    headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
