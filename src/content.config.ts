import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadBenchmarkLookup, loadInstituteIndex, readEntries, siteContentDir } from './lib/content/content-files.ts';
import { createEntrySchema, SECTIONS, type Section } from './lib/content/schema.ts';
import { SPDX_IDS } from './lib/content/spdx-ids.ts';
import { entriesFromTheBuild } from './integrations/build-entries.ts';
import { entryProblemsError } from './integrations/entry-problems.ts';

// The checks across entries (the same paper twice...) run beside this, in src/integrations/entries.ts.
const contentDir = siteContentDir();
const schema = createEntrySchema({ institutes: await loadInstituteIndex(contentDir), benchmarks: await loadBenchmarkLookup(contentDir), spdxIds: SPDX_IDS });

/**
 * The entries of one section. On `astro build`, the build's entries pass (a child process) has read and validated every
 * entry file already (src/integrations/entries.ts), with the same schema: the loader stores its entries
 * as they are, instead of reading and parsing the 10,000 files a long list has a second time on the
 * thread that then renders the pages. Elsewhere (dev, check), the glob() loader reads them, with two changes:
 *  - the data store keeps no rendered HTML: entry notes go through their own pipeline
 *    (src/lib/views/notes.ts) and nothing calls Astro's render(), while each rendered copy carried a second
 *    copy of the entry's front matter (half of the data store, which the build writes, bundles and reads back);
 *  - an entry Astro cannot read or the schema refuses stops the build with the validator's words for
 *    every entry (file, line, field and fix), not Astro's for the first one, which give no line.
 * Either way, an entry the validator refuses stops the build with its words.
 */
function entryFiles(section: Section) {
  const loader = glob({ pattern: '*.md', base: pathToFileURL(resolve(contentDir, section) + sep) });
  return {
    ...loader,
    load: async (context: Parameters<typeof loader.load>[0]) => {
      const validated = entriesFromTheBuild();
      if (validated) {
        const { entries, problems } = await validated;
        if (problems) throw problems;
        const root = fileURLToPath(context.config.root);
        context.store.clear();
        for (const entry of entries) {
          if (entry.section !== section) continue;
          context.store.set({ id: entry.slug, data: entry.data, body: entry.body, ...(entry.file && { filePath: relative(root, resolve(entry.file)).split(sep).join('/') }) });
        }
        return;
      }
      const store = { ...context.store, set: (entry: Parameters<typeof context.store.set>[0]) => context.store.set({ ...entry, rendered: undefined }) };
      try {
        await loader.load({ ...context, store });
      } catch (error) {
        const { errors } = await readEntries(contentDir);
        throw errors.length ? entryProblemsError(errors) : error;
      }
    },
  };
}

const sectionCollection = (section: Section) => defineCollection({ loader: entryFiles(section), schema });

export const collections = {
  llms: sectionCollection('llms'),
  vision: sectionCollection('vision'),
  'other-modalities': sectionCollection('other-modalities'),
  surveys: sectionCollection('surveys'),
  articles: sectionCollection('articles'),
} satisfies Record<(typeof SECTIONS)[number], unknown>;
