// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let a deploy serve the site under a sub-path (GitHub project pages: /<repo>/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://medical-foundation-models.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  output: 'static',
  devToolbar: { enabled: false },
  integrations: [sitemap()],
  // No code highlighting: entry notes go through their own sanitising pipeline (src/lib/views/notes.ts),
  // and Shiki's inline styles would need a weaker Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
