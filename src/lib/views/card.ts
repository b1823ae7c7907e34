/**
 * One entry's card in a list, as HTML. The build renders the first page of a listing with it, and the
 * browsing script renders every other card from the listing's index with the same function, so a card
 * looks the same whichever drew it. Browser-safe: it imports no validator and no Node module.
 */
import { licenseLabel } from '../content/license-names.ts';
import { ACCESS_LABELS, SPECIALTY_LABELS, type Access, type Section, type Specialty } from '../content/vocabulary.ts';
import type { RepoHealth } from '../metrics/facts.ts';
import { METRIC_KINDS, METRIC_LABELS, type MetricKind } from '../metrics/kinds.ts';
import { formatCount, formatMonth } from './format.ts';
import { entryHref, instituteHref } from './hrefs.ts';

/** Everything a card shows: what the index holds for each entry. */
export interface CardData {
  slug: string;
  section: Section;
  title: string;
  /** The title's link: the first paper, else the first other link, model or repository. */
  url?: string;
  /** YYYY-MM */
  date: string;
  summary?: string;
  /** The main paper's authors as the entry gives them, shortened to three and "et al.". */
  authors?: string;
  /** Canonical institute names. */
  institutes: string[];
  metrics: Partial<Record<MetricKind, number>>;
  /** The licence as the entry page shows it (the entry's, else the Hub's or GitHub's). */
  license?: string;
  /** What people scan a list for: how the model can be used, its size (curated, else fetched) and its main (first) specialty. */
  access?: Access;
  parameters?: string;
  specialty?: Specialty;
  /** Models, repositories and other links, in that order; a repository may carry a warning. */
  links: { label: string; title: string; url: string; health?: RepoHealth }[];
}

export interface CardContext {
  /** The site's base path without a trailing slash ("" at the root). */
  base: string;
  /** Name each card's section, for lists that mix them. */
  sectionTitles?: Partial<Record<Section, string>>;
  /** Heading level of the title, so the card fits the page's outline. */
  level?: 2 | 3;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML, in an element or an attribute (the cards and the table are written as strings). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A code link's warning, on cards and entry pages alike. */
export const REPO_HEALTH_LABELS: Record<RepoHealth, string> = { archived: 'Archived', inactive: 'No commits in 2 years' };


/** Between institutes, and between facts: seen, not read out. */
const SEPARATOR = '<span aria-hidden="true"> · </span>';

export function cardHtml(card: CardData, { base, sectionTitles, level = 2 }: CardContext): string {
  const title = escapeHtml(card.title);
  const heading = card.url ? `<a href="${escapeHtml(card.url)}" rel="noopener">${title}</a>` : title;
  const sectionTitle = sectionTitles?.[card.section];
  const institutes = card.institutes.map((name, i) => `${i ? SEPARATOR : ''}<a href="${instituteHref(base, name)}">${escapeHtml(name)}</a>`);
  // Only the numbers the entry has: a number never fetched is left out, not drawn as a dash.
  const metrics = METRIC_KINDS.filter((kind) => card.metrics[kind] !== undefined).map(
    (kind) => `<div class="metric metric-${kind}"><dt>${METRIC_LABELS[kind]}</dt><dd>${formatCount(card.metrics[kind])}</dd></div>`,
  );
  // One line, however many of them the entry has: a phone shows more cards to the screen.
  const facts = [
    card.access && ACCESS_LABELS[card.access],
    card.parameters && `${escapeHtml(card.parameters)} parameters`,
    card.specialty && SPECIALTY_LABELS[card.specialty],
    card.license && `Licence: ${escapeHtml(licenseLabel(card.license))}`,
  ].filter(Boolean);
  const links = card.links.map(
    ({ label, title: linkTitle, url, health }) =>
      `<li><a href="${escapeHtml(url)}" title="${escapeHtml(linkTitle)}" rel="noopener">${escapeHtml(label)}</a>${
        health ? `<span class="badge badge-warn">${REPO_HEALTH_LABELS[health]}</span>` : ''
      }</li>`,
  );
  return (
    `<li class="entry" data-slug="${card.slug}" data-date="${card.date}" data-section="${card.section}">` +
    `<article aria-labelledby="t-${card.slug}">` +
    `<div class="entry-head"><h${level} class="entry-title" id="t-${card.slug}">${heading}</h${level}>` +
    `<time class="entry-date" datetime="${card.date}">${formatMonth(card.date)}</time></div>` +
    (card.summary ? `<p class="entry-summary">${escapeHtml(card.summary)}</p>` : '') +
    (card.authors ? `<p class="entry-authors">${escapeHtml(card.authors)}</p>` : '') +
    `<p class="entry-institutes">${sectionTitle ? `<span class="badge">${escapeHtml(sectionTitle)}</span>` : ''}${institutes.join('')}</p>` +
    (facts.length ? `<p class="entry-facts">${facts.join(SEPARATOR)}</p>` : '') +
    `<div class="entry-foot">${metrics.length ? `<dl class="metrics">${metrics.join('')}</dl>` : ''}` +
    `<ul class="entry-links">${links.join('')}<li><a class="details" href="${entryHref(base, card.slug)}">Details<span class="visually-hidden"> on ${title}</span></a></li>` +
    // Shown by the list's script, which keeps the comparison: without it the button could do nothing.
    `<li><button type="button" class="compare-toggle" data-compare="${card.slug}" aria-pressed="false" hidden>Compare<span class="visually-hidden"> ${title}</span></button></li></ul>` +
    `</div></article></li>`
  );
}
