// The security headers on every response, built from the app's configuration. Framework-free so
// the proxy can use it and tests can read it; nothing here is secret.

export type SecurityHeaderOptions = {
  /** A fresh, unguessable value per response (pages only). */
  nonce: string;
  appUrl: string;
  /** The LiveKit signalling URL browsers connect to (ws:// or wss://). */
  livekitUrl: string;
  isProduction: boolean;
  isDevelopment: boolean;
};

/**
 * A nonce-based Content-Security-Policy for pages. Scripts run only with this response's nonce
 * (Next.js stamps it on its own scripts; 'strict-dynamic' lets them load the app's chunks); the
 * browser may connect only to the app and to LiveKit (livekit-client signals over WebSocket and
 * checks the connection over HTTP on the same host); no page may be framed.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const livekit = new URL(options.livekitUrl);
  const livekitHttp = `${livekit.protocol === "wss:" ? "https:" : "http:"}//${livekit.host}`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${options.nonce}'`,
    // React renders style={{…}} as attributes, and Radix positions popovers with them; attributes
    // cannot carry a nonce, and a style attribute cannot run script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self' ${livekit.protocol}//${livekit.host} ${livekitHttp}`,
    // Remote audio plays from MediaStreams (srcObject, not governed by media-src); replays from here.
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (new URL(options.appUrl).protocol === "https:") directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The headers every response carries, pages and API alike. */
export function baseSecurityHeaders(isProduction: boolean): Record<string, string> {
  return {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The microphone for this origin only (speakers); nothing else a page could ask for.
    "Permissions-Policy":
      "microphone=(self), camera=(), geolocation=(), payment=(), usb=(), display-capture=()",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    ...(isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * The headers of every API response: JSON is never a document, so nothing may run or be framed in
 * it. Static, so Next.js adds them from next.config.ts without running the proxy.
 */
export function apiSecurityHeaders(isProduction: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    ...baseSecurityHeaders(isProduction),
  };
}

/** A nonce: 128 random bits, base64 (CSP's nonce-source alphabet). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
