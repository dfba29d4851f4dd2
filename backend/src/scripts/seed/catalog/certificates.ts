// Certification rounds of the development catalog. A real OCOP decision certifies a list of
// products at once, so several seed products share one decision. Only the Trà hoa vàng Ba Chẽ
// decision (377/QĐ-BNN-VPĐP, 17/01/2025) is real; every other number and date is sample data,
// chosen so that relative to late November 2026 most certificates are in force, a few expire
// within 90 days and two have expired (36 months after signing).

import type { SeedCertificate } from "./types"

type Round = Omit<SeedCertificate, "stars" | "score">

const PROVINCE = "UBND tỉnh Quảng Ninh"
const MARD = "Bộ Nông nghiệp và Phát triển nông thôn"
/** The ministry took this name on 1 March 2025, when agriculture and environment merged. */
const MAE = "Bộ Nông nghiệp và Môi trường"

export const ROUNDS = {
  /** Real: the Ba Chẽ golden camellia tea's five-star decision. */
  national_2025_01: {
    decision_number: "377/QĐ-BNN-VPĐP",
    decision_date: "2025-01-17",
    issuing_level: "national",
    issuing_authority: MARD,
    sample_data: false,
  },
  national_2024_08: {
    decision_number: "3128/QĐ-BNN-VPĐP",
    decision_date: "2024-08-26",
    issuing_level: "national",
    issuing_authority: MARD,
    sample_data: true,
  },
  national_2025_10: {
    decision_number: "4217/QĐ-BNNMT-VPĐP",
    decision_date: "2025-10-14",
    issuing_level: "national",
    issuing_authority: MAE,
    sample_data: true,
  },
  /** Expired: signed more than 36 months before November 2026. */
  province_2023_07: {
    decision_number: "2145/QĐ-UBND",
    decision_date: "2023-07-12",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  /** Expiring within 90 days of 29 November 2026. */
  province_2023_12: {
    decision_number: "4198/QĐ-UBND",
    decision_date: "2023-12-18",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  /** Expiring within 90 days of 29 November 2026. */
  province_2024_02: {
    decision_number: "512/QĐ-UBND",
    decision_date: "2024-02-06",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  province_2024_06: {
    decision_number: "1873/QĐ-UBND",
    decision_date: "2024-06-14",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  province_2024_10: {
    decision_number: "3290/QĐ-UBND",
    decision_date: "2024-10-22",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  province_2025_04: {
    decision_number: "1046/QĐ-UBND",
    decision_date: "2025-04-15",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  /** After the two-level government of 1 July 2025: the province certifies 3 and 4 stars. */
  province_2025_11: {
    decision_number: "3512/QĐ-UBND",
    decision_date: "2025-11-20",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  province_2026_06: {
    decision_number: "1720/QĐ-UBND",
    decision_date: "2026-06-10",
    issuing_level: "province",
    issuing_authority: PROVINCE,
    sample_data: true,
  },
  /** Before 1 July 2025 districts certified 3 stars. */
  district_mong_cai_2024_09: {
    decision_number: "2210/QĐ-UBND",
    decision_date: "2024-09-12",
    issuing_level: "district",
    issuing_authority: "UBND thành phố Móng Cái",
    sample_data: true,
  },
  district_binh_lieu_2024_11: {
    decision_number: "1985/QĐ-UBND",
    decision_date: "2024-11-05",
    issuing_level: "district",
    issuing_authority: "UBND huyện Bình Liêu",
    sample_data: true,
  },
  district_tien_yen_2025_03: {
    decision_number: "684/QĐ-UBND",
    decision_date: "2025-03-20",
    issuing_level: "district",
    issuing_authority: "UBND huyện Tiên Yên",
    sample_data: true,
  },
} as const satisfies Record<string, Round>

export type RoundKey = keyof typeof ROUNDS

/** A certificate from a round, with the product's own stars and score. */
export function cert(round: RoundKey, stars: 3 | 4 | 5, score: number | null): SeedCertificate {
  return { ...ROUNDS[round], stars, score }
}
