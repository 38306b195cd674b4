import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: {
    // Stylesheets and scripts as files: the Content-Security-Policy forbids inline code.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // 0: Astro would otherwise inline small client scripts, which the CSP forbids.
      assetsInlineLimit: 0,
    },
    ssr: {
      // Native addon and build-only DOM: never bundled.
      external: ['@duckdb/node-api', 'jsdom'],
    },
  },
});
