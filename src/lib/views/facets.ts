/** A list's filter choices as HTML: made once per list (src/page-data/content.ts), as every page of a long list carries the same filters. */
import { escapeHtml } from './card.ts';

export interface FacetChoice {
  value: string;
  label: string;
  count: number;
}

/** One checkbox per value, with how many entries have it; a live facet's counts carry what the list script updates as the other filters change. */
export function facetChoicesHtml(name: string, choices: readonly FacetChoice[], live: boolean): string {
  const field = escapeHtml(name);
  return choices
    .map(({ value, label, count }) => {
      const target = live ? ` data-count-facet="${field}" data-count-for="${escapeHtml(value)}"` : '';
      return `<li><label><input type="checkbox" name="${field}" value="${escapeHtml(value)}"><span class="facet-name">${escapeHtml(label)}</span><span class="facet-count"${target}>${count}</span></label></li>`;
    })
    .join('');
}
