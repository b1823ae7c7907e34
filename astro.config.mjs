// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import entries from './src/integrations/entries.ts';
import feed from './src/integrations/feed.ts';

// SITE_URL and BASE_PATH are the site's real address, which the deploy reads from GitHub Pages (project
// pages live under /<repo>/). Without SITE_URL the site has no address: a build writes no canonical URL,
// no feed and no sitemap rather than pointing them at a made-up domain.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  output: 'static',
  // Rendering a page is quick and writing it waits on the disk: with a few pages in flight, the next ones
  // render while the last ones are written (measured by npm run bench:scale; Astro's default is 1).
  build: { concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [entries(), feed(), sitemap()],
  // No code highlighting: entry notes go through their own sanitising pipeline (src/lib/views/notes.ts),
  // and Shiki's inline styles would need a weaker Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
