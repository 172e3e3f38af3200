import { createSerwistRoute } from '@serwist/turbopack';

/**
 * The service worker (lib/offline/sw.ts), bundled by esbuild when the app is built and served as a
 * static file with `Service-Worker-Allowed`. It precaches nothing: it keeps only the appointment
 * pages and receipts a citizen has seen, and the assets those load.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/offline/sw.ts',
  useNativeEsbuild: true,
  globPatterns: [],
  // No source map in the public folder of a production site.
  esbuildOptions: { sourcemap: false },
});
