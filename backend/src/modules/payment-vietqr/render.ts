import QRCode from "qrcode"

// A thin wrapper over the `qrcode` package. Error correction M (15%) keeps a ~110-character
// VietQR payload small enough for phone cameras at checkout-page size.
const OPTIONS = { errorCorrectionLevel: "M" as const, margin: 2 }

/** A PNG data URL ("data:image/png;base64,…") for an <img src>. */
export function vietQrPngDataUrl(payload: string, width = 320): Promise<string> {
  return QRCode.toDataURL(payload, { ...OPTIONS, type: "image/png", width })
}

/** An SVG document, scalable for print. */
export function vietQrSvg(payload: string, width = 320): Promise<string> {
  return QRCode.toString(payload, { ...OPTIONS, type: "svg", width })
}
