/**
 * What the weekly watch says: a Markdown report for the pull request's body (an mdast tree written by
 * githubMarkdown, so every title, reason and URL from a source is escaped as Markdown text or link, and
 * mentions, issue references and math in them stay inert on GitHub), the
 * same as data for `--json`, and a one-line count of the requests each source was asked.
 */
import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { githubMarkdown } from '../content/github-markdown.ts';
import { githubUrl, huggingfaceUrl } from '../content/urls.ts';
import type { WatchCandidate, WatchResult } from './watch.ts';
import { CROSSREF_JOURNALS } from './watch-crossref.ts';

const SOURCE_NAMES = { huggingface: 'the Hugging Face Hub', arxiv: 'arXiv', crossref: 'Crossref' } as const;
/** The report's Source column: where the candidate's title links. */
const SOURCE_LABELS = { huggingface: 'Hub', arxiv: 'arXiv', crossref: 'journal' } as const;
/** Rows of each list the report shows: a pull request's body holds at most 65,536 characters. */
const REPORT_ROWS = 50;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const heading = (value: string): RootContent => ({ type: 'heading', depth: 3, children: [text(value)] });
const list = (items: PhrasingContent[][]): RootContent => ({
  type: 'list',
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
});
const joined = (items: PhrasingContent[][], separator: string) => items.flatMap((item, i) => (i ? [text(separator), ...item] : item));

/** The candidate's other pages: its paper (when the title links a model), its journal article, Hub models and repositories. */
function links({ url, ids, doi, journal }: WatchCandidate): PhrasingContent[] {
  const paper = ids.arxiv ? `https://arxiv.org/abs/${ids.arxiv}` : undefined;
  const article = doi ? `https://doi.org/${doi}` : undefined;
  const items = [
    ...(paper && paper !== url ? [[link(paper, `arXiv ${ids.arxiv}`)]] : []),
    ...(article && article !== url ? [[link(article, journal ?? `DOI ${doi}`)]] : []),
    ...ids.huggingface.filter((id) => huggingfaceUrl(id) !== url).map((id) => [link(huggingfaceUrl(id), id)]),
    ...ids.github.map((repo) => [link(githubUrl(repo), `GitHub ${repo}`)]),
  ];
  return items.length ? joined(items, ', ') : [text('-')];
}

function candidateTable(candidates: readonly WatchCandidate[]): RootContent {
  const headings = ['#', 'Candidate', 'Source', 'Date', 'Score', 'Why', 'Also'];
  return {
    type: 'table',
    align: headings.map((_, i) => (i === 1 || i === 5 ? 'left' : 'center')),
    children: [
      { type: 'tableRow', children: headings.map((name) => cell([text(name)])) },
      ...candidates.map((candidate, i) => ({
        type: 'tableRow' as const,
        children: [
          cell([text(String(i + 1))]),
          cell([link(candidate.url, candidate.title)]),
          cell([text(SOURCE_LABELS[candidate.source])]),
          cell([text(candidate.date)]),
          cell([text(String(candidate.score))]),
          cell([text(candidate.why)]),
          cell(links(candidate)),
        ],
      })),
    ],
  };
}

/** The line under a list cut at REPORT_ROWS. */
const more = (total: number, what: string): RootContent[] =>
  total > REPORT_ROWS ? [paragraph([text(`And ${total - REPORT_ROWS} more ${what}; npm run discover -- --json lists them all.`)])] : [];

/** The requests asked per source, for the report and the terminal. */
export function requestCounts({ runs }: Pick<WatchResult, 'runs'>): string {
  return runs.map(({ source, requests, budget }) => `${SOURCE_NAMES[source]}: ${requests} of ${budget} requests`).join('; ');
}

export function watchMarkdown(result: WatchResult & { since: string; until: string }, drafts: readonly string[] = []): string {
  const { candidates, skipped, failed, dropped, runs } = result;
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text(`Weekly watch: ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`)] },
    paragraph([
      text(
        `Models on the Hugging Face Hub, papers on arXiv and articles in ${CROSSREF_JOURNALS.length} journals (through Crossref) from ${result.since} to ${result.until} ` +
          `that the list does not have yet, best first (the score and its reasons in Why; Date is the earliest of paper, preprint and weights). Asked ${requestCounts(result)}.`,
      ),
    ]),
  ];
  if (drafts.length) {
    children.push(
      paragraph([text(`Drafts for the top ${drafts.length}, with what the sources said; each still needs its institutes (the authors' affiliations are suggested in a comment) and a reading by hand, and npm run validate names every missing field:`)]),
      list(drafts.map((path) => [{ type: 'inlineCode', value: path }])),
    );
  }
  if (candidates.length) children.push(candidateTable(candidates.slice(0, REPORT_ROWS)), ...more(candidates.length, 'candidates'));
  else children.push(paragraph([text('Nothing new in the window.')]));
  if (failed.length) {
    children.push(heading('Failed'), list(failed.map(({ source, reason }) => [{ type: 'strong', children: [text(SOURCE_NAMES[source])] }, text(`: ${reason}`)])));
  }
  const unasked = runs.filter((run) => run.notAsked.length);
  if (unasked.length) {
    children.push(heading('Not asked (the budget was spent)'), list(unasked.map(({ source, notAsked }) => [text(`${SOURCE_NAMES[source]}: ${notAsked.join(', ')}`)])));
  }
  if (skipped.length) {
    children.push(
      heading(`Already on the list (${skipped.length})`),
      list(skipped.slice(0, REPORT_ROWS).map(({ title, reason }) => [text(`${title}: ${reason}`)])),
      ...more(skipped.length, 'skipped'),
    );
  }
  children.push(
    paragraph([
      text(
        `Dropped: ${dropped.notMedical} with no medical term in name, tags or abstract; ${dropped.offTopic} journal articles that name no model in title or abstract; ` +
          `${dropped.quantizations} quantizations of models not on the list; ${dropped.unusable} answers with an id, date or URL no entry could hold.`,
      ),
    ]),
  );
  const tree: Root = { type: 'root', children };
  return githubMarkdown(tree, { bullet: '-', tablePipeAlign: false }).trim();
}

/** `--json`: exactly the candidates (the DOI of a journal article among their ids), the skipped ones with the file they match, and the failures. */
export function watchJson({ candidates, skipped, failed }: WatchResult) {
  return {
    candidates: candidates.map(({ title, url, source, date, ids, doi, score, why }) => ({ title, url, source, date, ids: { ...ids, doi: doi ?? null }, score, why })),
    skipped: skipped.map(({ title, duplicateOf }) => ({ title, duplicateOf })),
    failed: failed.map(({ source, reason }) => ({ source, reason })),
  };
}
