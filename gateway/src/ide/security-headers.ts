/**
 * Headers for the pages the gateway serves to browsers. The content security policies let a page
 * load code, styles and connections only from this origin, so a CDN or any other host could not
 * be used even by mistake ('self' includes ws: and wss: to the same host for subscriptions).
 */
const policies = {
  // GraphiQL's editor (Monaco) adds <style> elements at run time and uses data: fonts.
  ide: [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ],
  // Scanned prescription photos are previewed from blob: and data: URLs.
  app: [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ],
};

export function securityHeaders(kind: 'ide' | 'app' | 'asset'): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (kind !== 'asset') headers['content-security-policy'] = policies[kind].join('; ');
  return headers;
}
