/**
 * <entry-browser>: filters and sorts the server-rendered list in place. State lives in the URL, so a
 * view is a link; back and forward restore it. The logic is src/lib/views/filter.ts; this file only moves
 * between the form, the URL and the elements.
 */
import {
  applyFilter,
  EMPTY_FILTER,
  activeFilterCount,
  FACET_PARAMS,
  facetCounts,
  filterStateToParams,
  isFiltered,
  parseFilterState,
  SORTS,
  type CountedFacet,
  type FilterRecord,
  type FilterState,
  type SortKey,
} from '../lib/views/filter.ts';

const SORT_WORDS: Record<SortKey, string> = {
  date: 'newest first',
  citations: 'most cited first',
  stars: 'most GitHub stars first',
  likes: 'most Hugging Face likes first',
  downloads: 'most downloaded first',
};

/** Cards shown at a time; "Show more" adds as many again. */
const PAGE_SIZE = 50;

const numberOf = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

class EntryBrowser extends HTMLElement {
  private form!: HTMLFormElement;
  private list!: HTMLOListElement;
  private records: FilterRecord[] = [];
  private items = new Map<string, HTMLElement>();
  private more!: HTMLDetailsElement;
  // Looked up once: a query over the element would walk every card of a long list each time.
  private countElements: HTMLElement[] = [];
  private activeCount!: HTMLElement;
  private resultCount!: HTMLElement;
  private emptyState!: HTMLElement;
  private showMore!: HTMLButtonElement;
  private clearButton!: HTMLButtonElement;
  /** The cards on show, and how many may be: long lists show a page at a time. */
  private shown = new Set<HTMLElement>();
  private limit = PAGE_SIZE;
  /** Per counted facet, the view its counts were last computed for (a sort or a choice of its own leaves them). */
  private countsKeys = new Map<CountedFacet, string>();
  private matching: string[] = [];
  private bibtex: Promise<Record<string, string>> | undefined;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.list = this.querySelector('.entry-list')!;
    this.countElements = [...this.form.querySelectorAll<HTMLElement>('[data-count-for]')];
    this.activeCount = this.form.querySelector('[data-active-count]')!;
    this.clearButton = this.form.querySelector('[data-clear]')!;
    this.resultCount = this.querySelector(':scope > .results .result-count')!;
    this.emptyState = this.querySelector(':scope > .results > .empty-state')!;
    this.showMore = this.querySelector(':scope > .results > [data-show-more]')!;
    for (const item of this.list.querySelectorAll<HTMLElement>(':scope > li')) {
      const data = item.dataset;
      this.items.set(data.slug!, item);
      this.records.push({
        slug: data.slug!,
        date: data.date!,
        institutes: (data.institutes ?? '').split('|').filter(Boolean),
        text: data.search ?? '',
        citations: numberOf(data.citations),
        stars: numberOf(data.stars),
        likes: numberOf(data.likes),
        downloads: numberOf(data.downloads),
        access: data.access,
        modalities: (data.modalities ?? '').split('|').filter(Boolean),
        specialties: (data.specialties ?? '').split('|').filter(Boolean),
        licenses: data.license ? [data.license] : [],
      });
    }

    this.form.hidden = false;
    this.classList.add('enhanced');
    // The finer filters fold away on a phone, so the list starts on the first screen.
    this.more = this.querySelector('details.more-filters')!;
    this.more.open = matchMedia('(min-width: 60rem)').matches;
    this.form.addEventListener('submit', (event) => event.preventDefault());
    // Typing replaces the history entry; a choice (select, checkbox, date) adds one.
    this.form.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).name === 'q') this.update('replace');
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'year') this.applyYear(target.value);
      if (target.name === 'from' || target.name === 'to') (this.form.elements.namedItem('year') as HTMLSelectElement).value = '';
      this.update('push');
    });
    for (const button of [this.clearButton, this.emptyState.querySelector('[data-clear]')!]) {
      button.addEventListener('click', () => {
        this.writeForm({ ...EMPTY_FILTER, sort: this.readForm().sort });
        this.update('push');
        (this.form.elements.namedItem('q') as HTMLInputElement).focus();
      });
    }
    this.showMore.addEventListener('click', () => {
      this.limit += PAGE_SIZE;
      this.render(this.readForm());
    });
    const copyView = this.querySelector<HTMLButtonElement>(':scope > .results [data-copy-view]')!;
    copyView.hidden = false;
    copyView.addEventListener('click', () => this.copyBibtex(copyView.parentElement!.querySelector('[data-copy-status]')!));
    window.addEventListener('popstate', () => this.restoreFromUrl());
    this.restoreFromUrl();
  }

  private applyYear(year: string) {
    (this.form.elements.namedItem('from') as HTMLInputElement).value = year ? `${year}-01` : '';
    (this.form.elements.namedItem('to') as HTMLInputElement).value = year ? `${year}-12` : '';
  }

  private readForm(): FilterState {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (name !== 'year' && value) params.append(name, String(value));
    return parseFilterState(params);
  }

  private writeForm(state: FilterState) {
    const field = (name: string) => this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field('q').value = state.q;
    field('sort').value = SORTS.includes(state.sort) ? state.sort : 'date';
    field('from').value = state.from ?? '';
    field('to').value = state.to ?? '';
    const wholeYear = state.from?.endsWith('-01') && state.to === `${state.from.slice(0, 4)}-12` ? state.from.slice(0, 4) : '';
    field('year').value = [...(field('year') as HTMLSelectElement).options].some((o) => o.value === wholeYear) ? wholeYear : '';
    const chosen = new Map<string, string[]>(Object.entries(FACET_PARAMS).map(([facet, param]) => [param, state[facet as keyof typeof FACET_PARAMS]]));
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = chosen.get(box.name)?.includes(box.value) ?? false;
    }
  }

  private restoreFromUrl() {
    const state = parseFilterState(new URLSearchParams(location.search));
    this.limit = PAGE_SIZE;
    this.writeForm(state);
    if (activeFilterCount(state)) this.more.open = true;
    this.render(this.readForm());
  }

  private update(mode: 'push' | 'replace') {
    const state = this.readForm();
    this.limit = PAGE_SIZE;
    const query = filterStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.render(state);
  }

  /** BibTeX of every matching entry (not just the page shown), fetched the first time it is asked for. */
  private async copyBibtex(status: HTMLElement) {
    try {
      this.bibtex ??= fetch(this.dataset.bibtexUrl!).then((response) => response.json() as Promise<Record<string, string>>);
      const records = await this.bibtex;
      await navigator.clipboard.writeText(this.matching.map((slug) => records[slug] ?? '').join('\n'));
      status.textContent = `Copied BibTeX of ${this.matching.length} ${this.dataset.noun ?? 'entries'}.`;
    } catch {
      status.textContent = 'Could not copy the BibTeX; the full file is linked at the bottom of the page.';
    }
  }

  /** The counts beside the institute and specialty choices: each depends on every filter but its own facet. */
  private updateCounts(state: FilterState) {
    for (const facet of ['institutes', 'specialties'] as const) {
      const key = filterStateToParams({ ...state, [facet]: [], sort: 'date' }).toString();
      if (this.countsKeys.get(facet) === key) continue;
      this.countsKeys.set(facet, key);
      const counts = facetCounts(this.records, state, facet);
      for (const count of this.countElements) {
        if (count.dataset.countFacet !== FACET_PARAMS[facet]) continue;
        const n = counts.get(count.dataset.countFor!) ?? 0;
        count.textContent = String(n);
        count.closest('li')!.classList.toggle('facet-empty', n === 0);
      }
    }
  }

  private render(state: FilterState) {
    const matching = applyFilter(this.records, state);
    this.matching = matching.map((record) => record.slug);
    const shown = matching.slice(0, this.limit);
    // Only the shown cards are touched: at most `limit` of them move to the top, in order, and only
    // those whose visibility changes are marked, so a change costs the same with 40 or 10,000 entries.
    const nodes = shown.map((record) => this.items.get(record.slug)!);
    if (nodes.some((node, i) => this.list.children[i] !== node)) this.list.prepend(...nodes);
    const next = new Set(nodes);
    for (const node of this.shown) if (!next.has(node)) delete node.dataset.shown;
    for (const node of nodes) node.dataset.shown = '';
    this.shown = next;
    // One class hides every unmarked card at once (cheaper than touching thousands of them).
    this.list.classList.add('paged');

    this.updateCounts(state);
    const active = activeFilterCount(state);
    this.activeCount.textContent = active ? `(${active} active)` : '';

    const noun = this.dataset.noun ?? 'entries';
    const filtered = isFiltered(state);
    const partial = shown.length < matching.length ? `Showing ${shown.length}: ` : '';
    this.resultCount.textContent = filtered
      ? `${partial}${matching.length} of ${this.records.length} ${noun} match, ${SORT_WORDS[state.sort]}.`
      : `${partial}${this.records.length} ${noun}, ${SORT_WORDS[state.sort]}.`;
    this.emptyState.hidden = matching.length > 0;
    this.clearButton.disabled = !filtered;
    this.showMore.hidden = shown.length === matching.length;
    this.showMore.textContent = `Show ${Math.min(PAGE_SIZE, matching.length - shown.length)} more`;
  }
}

customElements.define('entry-browser', EntryBrowser);
