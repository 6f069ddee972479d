import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';

// The dev server sends API calls to the service (INTEGRATIONS_SERVICE_URL, by default one started
// on its default port), so the page can use relative URLs in development just as it does when the
// service serves the built page. The proxy sends the service's own origin and host, so the service
// does not treat the calls as cross-origin.
const DEFAULT_SERVICE_URL = 'http://127.0.0.1:8000';

export default defineConfig(({ mode }) => {
  const serviceUrl = loadEnv(mode, '.', 'INTEGRATIONS_').INTEGRATIONS_SERVICE_URL || DEFAULT_SERVICE_URL;
  return configFor(serviceUrl);
});

function configFor(serviceUrl: string) {
  return {
    plugins: [react()],
    server: {
      host: 'localhost',
      // The service allows http://localhost:3000 in integrations.allowed-origins by default.
      port: 3000,
      strictPort: true,
      proxy: {
        '/integrations': {
          target: serviceUrl,
          changeOrigin: true,
          headers: { origin: serviceUrl },
        },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // React and the MUI components in use come to about 580 kB minified (180 kB gzipped) in one
      // chunk. The page needs all of it at once, so splitting it would only add requests.
      chunkSizeWarningLimit: 700,
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      unstubGlobals: true,
    },
  };
}
