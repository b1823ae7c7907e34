/**
 * The APA reference of the records citation.ts makes, in text, as citeproc's APA style writes it, without
 * citeproc: it takes 5 to 7 ms a reference (70 s of a 10,000-entry build), this about 10 µs. It answers
 * only where it knows it writes what citeproc does (the names, titles and venues of about nine records
 * in ten of the list) and returns undefined for anything else (quotes citeproc curls, markup, a venue whose title
 * case it does not follow, a name citeproc initialises otherwise), which the caller gives citeproc. A
 * test holds it to citeproc on every entry of the list and on thousands of generated records.
 */
import type { CslItem, CslName } from './csl-item.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA lists 20 authors; beyond that the first 19, an ellipsis and the last. */
const MAX_AUTHORS = 20;

/** Characters citeproc rewrites (quotes it curls, markup it reads) or that this formatter was not held to. */
const UNSURE_TEXT = /["'‘’“”<>\\_*$[\]{}\p{Cc}]|\s{2}/u;
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;

/** An apostrophe inside a word, which citeproc curls (Women's → Women’s). */
const curlApostrophes = (text: string) => text.replace(INNER_APOSTROPHE, '’');
/** Text written here as citeproc writes it: nothing of UNSURE_TEXT but apostrophes inside words. */
const plainText = (text: string) => !UNSURE_TEXT.test(text.replace(INNER_APOSTROPHE, ''));

/** Names in Latin letters: citeproc orders others ("王 Ü.") its own way. */
const LATIN = /^[\p{Script=Latin} .-]+$/u;
/** The parts of a given name citeproc initialises as one expects: Ann → A., Jean-Pierre → J.-P., J.R.R. → J. R. R. */
const GIVEN_WORD = /^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)*$/u;
const GIVEN_INITIALS = /^(?:\p{Lu}\.)+$/u;

function initials(given: string): string | undefined {
  if (!LATIN.test(given)) return undefined;
  const parts: string[] = [];
  for (const token of given.split(' ')) {
    if (GIVEN_INITIALS.test(token)) parts.push(token.replaceAll('.', '. ').trim());
    else if (GIVEN_WORD.test(token)) parts.push(token.split('-').map((part) => `${part[0]}.`).join('-'));
    else return undefined;
  }
  return parts.join(' ');
}

/** "van Beethoven, L.", "Li" (a family name alone), or undefined for a name this formatter leaves to citeproc. */
function personName(name: CslName): string | undefined {
  if ('literal' in name) return undefined;
  const { family, given, 'non-dropping-particle': particle, ...rest } = name;
  if (Object.keys(rest).length || !family || !plainText(family) || !LATIN.test(family)) return undefined;
  if (particle !== undefined && !/^\p{Ll}+$/u.test(particle)) return undefined;
  const surname = particle ? `${particle} ${family}` : family;
  if (given === undefined) return surname;
  const initialled = initials(given);
  return initialled === undefined ? undefined : `${surname}, ${initialled}`;
}

/** The authors as APA lists them: people "Chen, Z., & Cano, A. H.", institutions "Paige & Microsoft Research". */
function authorList(authors: readonly CslName[]): string | undefined {
  const literal = authors.every((name) => 'literal' in name);
  if (!authors.length || (!literal && authors.some((name) => 'literal' in name))) return undefined;
  const listed: string[] = [];
  for (const name of authors) {
    const written = 'literal' in name ? (plainText(name.literal) ? curlApostrophes(name.literal) : undefined) : personName(name);
    if (!written?.trim()) return undefined;
    listed.push(written);
  }
  if (listed.length > MAX_AUTHORS) return literal ? undefined : `${listed.slice(0, MAX_AUTHORS - 1).join(', ')}, … ${listed.at(-1)}`;
  if (listed.length === 1) return listed[0];
  const others = listed.slice(0, -1).join(', ');
  return listed.length === 2 && literal ? `${others} & ${listed.at(-1)}` : `${others}, & ${listed.at(-1)}`;
}

/** citeproc's words that title case leaves low (its en-US "skip-words"), one word each. */
const SKIP_WORDS = new Set(
  (
    'about above across afore after against al along alongside amid amidst among amongst anenst apropos apud around as aside astride at athwart atop barring ' +
    'before behind below beneath beside besides between beyond but by circa despite down during et except for forenenst from given in inside into lest like ' +
    'modulo near next notwithstanding of off on onto out over per plus pro qua sans since than through thru throughout thruout till to toward towards under ' +
    'underneath until unto up upon versus vs. v. vs v via with within without or yet so and nor a an the de von van c ca'
  ).split(' '),
);

/** One part of a venue's word in title case, or undefined where citeproc's rule is not this one. */
function titleCasePart(part: string, { starts, last }: { starts: boolean; last: boolean }): string | undefined {
  const core = part.replace(/:$/, '');
  const lower = core.toLowerCase();
  const skip = SKIP_WORDS.has(lower);
  // "of:" is no skip word to citeproc.
  if (skip && core !== part) return undefined;
  // A word in brackets or before a comma is kept as written where it has a capital or a digit: (MIDL, 315),
  if (/[(),]/.test(core)) return /^\(?[\p{L}\p{N}-]+\)?,?$/u.test(core) && /[\p{Lu}\p{N}]/u.test(core) ? part : undefined;
  const raise = starts || (core.length > 1 && !skip);
  const raiseLast = last && skip && core.length > 1;
  return (raise && core === lower) || raiseLast ? part.charAt(0).toUpperCase() + part.slice(1) : part;
}

/**
 * The venue in title case by citeproc's rule: a word written all in lower case gets its first letter raised
 * (npj → Npj; each part of AI-based), unless it is one letter or a skip word inside the venue; the first
 * word, a word after a colon and a last skip word are raised too; a capital anywhere keeps a word as
 * written (iOS, mRNA). Venues with other punctuation are left to citeproc.
 */
function titleCase(venue: string): string | undefined {
  if (!/^[\p{Script=Latin}\p{N} :,()&-]+$/u.test(venue) || /\s{2}|^ | $|[:,(]$/.test(venue)) return undefined;
  const words = venue.split(' ');
  const cased: string[] = [];
  for (const [index, word] of words.entries()) {
    const parts = word.split('-');
    if (parts.some((part) => !part.replace(/:$/, '') || part.slice(0, -1).includes(':') || (parts.length > 1 && part.length === 1))) return undefined;
    if (words[index - 1]?.endsWith(',') && !/^[\p{Lu}\p{N}]/u.test(word)) return undefined;
    const starts = index === 0 || words[index - 1]!.endsWith(':');
    const raised = parts.map((part, k) => titleCasePart(part, { starts: starts && k === 0, last: index === words.length - 1 && k === parts.length - 1 }));
    if (raised.includes(undefined)) return undefined;
    cased.push(raised.join('-'));
  }
  return cased.join(' ');
}

/** Text and a period, unless it ends in one (or in ? or !). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** The reference, or undefined where citeproc is needed. */
export function apaReference(csl: CslItem): string | undefined {
  const authors = authorList(csl.author ?? []);
  if (authors === undefined || !csl.title || !plainText(csl.title) || /[.:;,]$/.test(csl.title) || csl.title !== csl.title.trim()) return undefined;
  const title = curlApostrophes(csl.title);
  const [[year, month]] = csl.issued['date-parts'];
  const date = month !== undefined && (csl.type === 'document' || csl.type === 'paper-conference') ? `(${year}, ${MONTHS[month - 1]})` : `(${year})`;
  let work: string;
  switch (csl.type) {
    case 'article': {
      // Its container is its arXiv number again, which APA does not print (nor does citeprocReference).
      if (csl.publisher !== 'arXiv' || !csl.number || !plainText(csl.number)) return undefined;
      work = `${title} (${csl.number}). arXiv.`;
      break;
    }
    case 'article-journal':
    case 'paper-conference': {
      const container = csl['container-title'] === undefined ? undefined : titleCase(csl['container-title']);
      if (container === undefined) return undefined;
      work = `${sentence(title)} ${sentence(container)}`;
      break;
    }
    case 'software':
      work = `${title} [Computer software].`;
      break;
    case 'document':
      work = sentence(title);
      break;
  }
  const link = csl.DOI ? `https://doi.org/${csl.DOI}` : csl.URL;
  if (link !== undefined && /\s/.test(link)) return undefined;
  return [sentence(authors), `${date}.`, work, link].filter(Boolean).join(' ');
}
