import type { AddressView } from "@/lib/types";
import { formatPhone } from "@/lib/validation";

/** A delivery address as it is written on a Vietnamese parcel: name, phone, street, commune, province. */
export function AddressBlock({ address }: { address: AddressView }) {
  const place = [address.street, address.communeName, address.province].filter(Boolean).join(", ");
  return (
    <address className="address-block">
      <span className="address-block__name">{address.fullName}</span>
      {address.phone && <span>{formatPhone(address.phone)}</span>}
      <span>{place}</span>
    </address>
  );
}
