import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server sends API calls to a service started with its default port, so the page can use
// relative URLs in development just as it does when the service serves the built page.
export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/integrations': 'http://127.0.0.1:8000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React and the MUI components in use come to about 550 kB minified (170 kB gzipped) in one
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
});
