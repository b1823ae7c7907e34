/**
 * The RSS feed of newly added entries, at /rss.xml when the site has an address (SITE_URL): a feed's
 * links must be absolute, and a build without the address would have to invent one.
 */
import type { AstroIntegration } from 'astro';

export default function feedIntegration(): AstroIntegration {
  return {
    name: 'feed',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        if (config.site) injectRoute({ pattern: '/rss.xml', entrypoint: new URL('./feed-route.ts', import.meta.url), prerender: true });
      },
    },
  };
}
