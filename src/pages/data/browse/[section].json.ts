/** The browse index of one section: its entries' cards and filter facts, which the list pages fetch when a view needs them. */
import { SECTIONS } from '../../../lib/content/schema.ts';
import { browseIndex } from '../../../lib/views/browse.ts';
import { added, getAllEntries, institutes, metrics } from '../../../page-data/content.ts';

export const getStaticPaths = () => SECTIONS.map((section) => ({ params: { section } }));

export async function GET({ params }: { params: { section: (typeof SECTIONS)[number] } }) {
  return new Response(JSON.stringify(browseIndex(params.section, await getAllEntries(), institutes, metrics, added)), { headers: { 'content-type': 'application/json' } });
}
