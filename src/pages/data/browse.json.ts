/** The browse index: every entry's card and filter facts, which the list pages fetch when a view needs them. */
import { browseIndex } from '../../lib/views/browse.ts';
import { getAllEntries, institutes, metrics } from '../../page-data/content.ts';

export async function GET() {
  return new Response(JSON.stringify(browseIndex(await getAllEntries(), institutes, metrics)), { headers: { 'content-type': 'application/json' } });
}
