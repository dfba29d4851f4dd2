// The six OCOP product groups and their sub-groups (Decision 148/QĐ-TTg, 2023).
// Slugs are stable identifiers stored by the backend; names are for display.

export interface LocalizedName {
  vi: string;
  en: string;
}

export interface SubGroup extends LocalizedName {
  slug: string;
}

export interface ProductGroup extends LocalizedName {
  slug: string;
  /** The group's number in the decision, 1–6. */
  number: number;
  subGroups: readonly SubGroup[];
}

const GROUPS = [
  {
    slug: "food",
    number: 1,
    vi: "Thực phẩm",
    en: "Food",
    subGroups: [
      { slug: "fresh", vi: "Thực phẩm tươi sống", en: "Fresh food" },
      { slug: "raw-preprocessed", vi: "Thực phẩm thô, sơ chế", en: "Raw or pre-processed food" },
      { slug: "processed", vi: "Thực phẩm chế biến", en: "Processed food" },
      { slug: "condiment", vi: "Gia vị", en: "Condiments" },
      { slug: "tea", vi: "Chè", en: "Tea" },
      { slug: "coffee-cocoa", vi: "Cà phê, ca cao", en: "Coffee and cocoa" },
    ],
  },
  {
    slug: "beverage",
    number: 2,
    vi: "Đồ uống",
    en: "Beverages",
    subGroups: [
      { slug: "alcoholic", vi: "Đồ uống có cồn", en: "Alcoholic drinks" },
      { slug: "non-alcoholic", vi: "Đồ uống không cồn", en: "Non-alcoholic drinks" },
    ],
  },
  {
    slug: "herbal",
    number: 3,
    vi: "Dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs and herbal products",
    subGroups: [
      {
        slug: "functional-food-medicine",
        vi: "Thực phẩm chức năng, thuốc từ dược liệu",
        en: "Functional foods and traditional medicines",
      },
      { slug: "herbal-cosmetics", vi: "Mỹ phẩm từ dược liệu", en: "Herbal cosmetics" },
      { slug: "essential-oils", vi: "Tinh dầu và sản phẩm khác từ dược liệu", en: "Essential oils and other herbal products" },
    ],
  },
  {
    slug: "handicraft",
    number: 4,
    vi: "Hàng thủ công mỹ nghệ",
    en: "Handicrafts",
    subGroups: [
      { slug: "wood", vi: "Đồ gỗ", en: "Wood" },
      { slug: "natural-fibre", vi: "Sợi tự nhiên", en: "Natural fibre" },
      { slug: "metal", vi: "Kim loại", en: "Metal" },
      { slug: "ceramic", vi: "Gốm sứ", en: "Ceramics" },
      { slug: "textile-embroidery", vi: "Dệt may, thêu", en: "Textiles and embroidery" },
      {
        slug: "souvenir-decoration-household",
        vi: "Lưu niệm, trang trí, gia dụng",
        en: "Souvenirs, decoration and household goods",
      },
    ],
  },
  {
    slug: "ornamental",
    number: 5,
    vi: "Sinh vật cảnh",
    en: "Ornamental plants and animals",
    subGroups: [
      { slug: "flowers", vi: "Hoa", en: "Flowers" },
      { slug: "ornamental-plants", vi: "Cây cảnh", en: "Ornamental plants" },
      { slug: "ornamental-animals", vi: "Động vật cảnh", en: "Ornamental animals" },
    ],
  },
  {
    slug: "tourism",
    number: 6,
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist sites",
    subGroups: [
      { slug: "community-tourism", vi: "Du lịch cộng đồng", en: "Community tourism" },
      { slug: "eco-tourism", vi: "Du lịch sinh thái", en: "Eco-tourism" },
      { slug: "tourist-site", vi: "Điểm du lịch", en: "Tourist sites" },
    ],
  },
] as const satisfies readonly ProductGroup[];

type GroupData = (typeof GROUPS)[number];

export type GroupSlug = GroupData["slug"];
/** Sub-group slugs of one group, e.g. SubGroupSlug<"beverage"> = "alcoholic" | "non-alcoholic". */
export type SubGroupSlug<G extends GroupSlug = GroupSlug> = Extract<GroupData, { slug: G }>["subGroups"][number]["slug"];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** All six groups in the decision's order. Frozen: shared by every caller. */
export const PRODUCT_GROUPS: readonly ProductGroup[] = deepFreeze(GROUPS);

export const GROUP_SLUGS: readonly GroupSlug[] = Object.freeze(GROUPS.map((g) => g.slug));

export function isGroupSlug(value: unknown): value is GroupSlug {
  return typeof value === "string" && (GROUP_SLUGS as readonly string[]).includes(value);
}

export function getGroup(slug: string): ProductGroup | undefined {
  return PRODUCT_GROUPS.find((g) => g.slug === slug);
}

export function getGroupByNumber(number: number): ProductGroup | undefined {
  return PRODUCT_GROUPS.find((g) => g.number === number);
}

export function getSubGroup(group: string, sub: string): SubGroup | undefined {
  return getGroup(group)?.subGroups.find((s) => s.slug === sub);
}

/** True when `sub` is a sub-group of `group` (false for unknown groups). */
export function isSubGroupOf<G extends GroupSlug>(group: G, sub: string): sub is SubGroupSlug<G>;
export function isSubGroupOf(group: string, sub: string): boolean;
export function isSubGroupOf(group: string, sub: string): boolean {
  return getSubGroup(group, sub) !== undefined;
}

/**
 * Group 6 products are experiences (a village tour, a farm visit): booked for
 * a date and a number of people, never shipped.
 */
export function isExperienceGroup(slug: string): boolean {
  return slug === "tourism";
}
