// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import entries from './src/integrations/entries.ts';

// SITE_URL and BASE_PATH let a deploy serve the site under a sub-path (GitHub project pages: /<repo>/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://medical-foundation-models.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  output: 'static',
  // Rendering a page is quick and writing it waits on the disk: with a few pages in flight, the next ones
  // render while the last ones are written (measured by npm run bench:scale; Astro's default is 1).
  build: { concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [entries(), sitemap()],
  // No code highlighting: entry notes go through their own sanitising pipeline (src/lib/views/notes.ts),
  // and Shiki's inline styles would need a weaker Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
