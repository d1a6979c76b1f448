/**
 * The security headers of every console response: a strict
 * Content-Security-Policy (only this origin's own scripts, styles and
 * connections; nothing inline; no framing), no MIME sniffing, no referrer to
 * other origins, no opener or embedding across origins, and HSTS over TLS.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: for the MFA QR code (a PNG the API answers as base64).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const COMMON: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  // same-origin, not no-referrer: the console's own POSTs keep their Origin header.
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export function securityHeaders(secure: boolean): Record<string, string> {
  return secure ? { ...COMMON, "strict-transport-security": "max-age=31536000" } : { ...COMMON };
}
