/**
 * The enrolment QR code of a virtual MFA device: the `otpauth://totp/…` URI
 * (Google's Key Uri Format) that authenticator apps scan, as a PNG.
 *
 * AWS's URI, read back from a real QRCodePNG, is
 * `otpauth://totp/Amazon%20Web%20Services:<device name>@<account alias or id>?secret=<seed>&issuer=Amazon%20Web%20Services`:
 * issuer prefix and parameter, the label "<device name>@<alias or id>", no
 * algorithm, digits or period (the defaults: SHA-1, 6, 30 s). Gatehouse
 * writes the same with its own name as the issuer.
 */
import QRCode from "qrcode";

export const TOTP_ISSUER = "Gatehouse";

/** How the PNG is drawn; fixed, so the same URI always gives the same bytes. */
export const QR_OPTIONS = {
  type: "png",
  errorCorrectionLevel: "M",
  margin: 4,
  scale: 4,
} as const satisfies QRCode.QRCodeToBufferOptions;

/** The URI an authenticator app scans: `account` is "<device name>@<alias or account id>". */
export function otpauthUri(seed: string, account: string, issuer: string = TOTP_ISSUER): string {
  // "@" stays as it is in AWS's labels; the rest is percent-encoded ("+" would read as a space).
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account).replace(/%40/g, "@")}`;
  return `otpauth://totp/${label}?secret=${seed}&issuer=${encodeURIComponent(issuer)}`;
}

/** The URI as a QR code, PNG bytes. */
export function qrCodePng(uri: string): Promise<Buffer> {
  return QRCode.toBuffer(uri, QR_OPTIONS);
}
