import type { AddressView } from "@/lib/types";
import { formatPhone } from "@/lib/validation";

/** A delivery address as it is written on a Vietnamese parcel: name, phone, street, commune, province. */
export function AddressBlock({ address }: { address: AddressView }) {
  const place = [address.street, address.communeName, address.province].filter(Boolean).join(", ");
  return (
    <address className="address-block">
      <span className="address-block__name">{address.fullName}</span>
      {address.phone && <span>{formatPhone(address.phone)}</span>}
      {/* A delivery to a hotel or cruise: its name, then its address with the guest's room. */}
      {address.partner?.name && <span className="address-block__partner">{address.partner.name}</span>}
      <span>{place}</span>
    </address>
  );
}
