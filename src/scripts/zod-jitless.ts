/**
 * Zod 4 compiles object parsers with `new Function` (and probes for it) unless told not to, and the site's
 * CSP forbids eval. Zod decides when a schema is built, so this module is imported before any schema's.
 */
import { z } from 'zod';

z.config({ jitless: true });
