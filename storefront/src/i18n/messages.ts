import bookingEn from "@/messages/booking/en.json";
import bookingVi from "@/messages/booking/vi.json";
import en from "@/messages/en.json";
import favouritesEn from "@/messages/favourites/en.json";
import favouritesVi from "@/messages/favourites/vi.json";
import noticesEn from "@/messages/notices/en.json";
import noticesVi from "@/messages/notices/vi.json";
import orderLookupEn from "@/messages/order-lookup/en.json";
import orderLookupVi from "@/messages/order-lookup/vi.json";
import partnerEn from "@/messages/partner/en.json";
import passwordResetEn from "@/messages/password-reset/en.json";
import passwordResetVi from "@/messages/password-reset/vi.json";
import partnerVi from "@/messages/partner/vi.json";
import paymentsEn from "@/messages/payments/en.json";
import paymentsVi from "@/messages/payments/vi.json";
import producerPortalEn from "@/messages/producer-portal/en.json";
import producerPortalVi from "@/messages/producer-portal/vi.json";
import shippingEn from "@/messages/shipping/en.json";
import shippingVi from "@/messages/shipping/vi.json";
import reviewsEn from "@/messages/reviews/en.json";
import reviewsVi from "@/messages/reviews/vi.json";
import photoUploadEn from "@/messages/photo-upload/en.json";
import photoUploadVi from "@/messages/photo-upload/vi.json";
import returnsEn from "@/messages/returns/en.json";
import returnsVi from "@/messages/returns/vi.json";
import vi from "@/messages/vi.json";
import type { AppLocale } from "./routing";

// One catalog per feature folder (each owns its top-level namespaces), merged per language.
const viMessages = { ...vi, ...producerPortalVi, ...partnerVi, ...bookingVi, ...paymentsVi, ...passwordResetVi, ...noticesVi, ...orderLookupVi, ...shippingVi, ...reviewsVi, ...returnsVi, ...favouritesVi, ...photoUploadVi };
const enMessages = { ...en, ...producerPortalEn, ...partnerEn, ...bookingEn, ...paymentsEn, ...passwordResetEn, ...noticesEn, ...orderLookupEn, ...shippingEn, ...reviewsEn, ...returnsEn, ...favouritesEn, ...photoUploadEn };

/** The shape both catalogs must have: a key missing from either language fails type-checking. */
export type Messages = typeof viMessages & typeof enMessages;

export const MESSAGES: Readonly<Record<AppLocale, Messages>> = { vi: viMessages, en: enMessages };
