import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // The catalogues compiled at build time (icu-minify): the browser gets messages it only
    // formats, never the ICU parser, and the server parses none at each request.
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone for the container image (Dockerfile,
  // scripts/standalone.mjs); `next start` still serves the same build, with a warning.
  output: 'standalone',
  poweredByHeader: false,
  // Compression is the reverse proxy's (deploy/nginx.conf), as it is wherever TLS ends: Next
  // compresses a streamed page chunk by chunk, flushing after each, which took up to a third of the
  // server's CPU a view (docs/operations.md, "Compression is the proxy's").
  compress: false,
  typedRoutes: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(withSerwist(nextConfig));
