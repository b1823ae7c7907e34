/**
 * <entry-browser>: filters and sorts the server-rendered list in place. State lives in the URL, so a
 * view is a link; back and forward restore it. The logic is src/lib/filter.ts; this file only moves
 * between the form, the URL and the elements.
 */
import {
  applyFilter,
  EMPTY_FILTER,
  filterStateToParams,
  instituteCounts,
  isFiltered,
  parseFilterState,
  SORTS,
  type FilterRecord,
  type FilterState,
  type SortKey,
} from '../lib/filter.ts';

const SORT_WORDS: Record<SortKey, string> = {
  date: 'newest first',
  citations: 'most cited first',
  stars: 'most GitHub stars first',
  likes: 'most Hugging Face likes first',
};

const numberOf = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

class EntryBrowser extends HTMLElement {
  private form!: HTMLFormElement;
  private list!: HTMLOListElement;
  private records: FilterRecord[] = [];
  private items = new Map<string, HTMLElement>();
  private order: string[] = [];
  private more!: HTMLDetailsElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.list = this.querySelector('.entry-list')!;
    for (const item of this.list.querySelectorAll<HTMLElement>(':scope > li')) {
      const data = item.dataset;
      this.items.set(data.slug!, item);
      this.records.push({
        slug: data.slug!,
        date: data.date!,
        title: data.title ?? '',
        institutes: (data.institutes ?? '').split('|').filter(Boolean),
        text: data.search ?? '',
        citations: numberOf(data.citations),
        stars: numberOf(data.stars),
        likes: numberOf(data.likes),
      });
    }
    this.order = [...this.items.keys()];

    this.form.hidden = false;
    this.classList.add('enhanced');
    // Dates and institutes fold away on a phone, so the list starts on the first screen.
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
    for (const button of this.querySelectorAll('[data-clear]')) {
      button.addEventListener('click', () => {
        this.writeForm({ ...EMPTY_FILTER, sort: this.readForm().sort });
        this.update('push');
        (this.form.elements.namedItem('q') as HTMLInputElement).focus();
      });
    }
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
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="institute"]')) {
      box.checked = state.institutes.includes(box.value);
    }
  }

  private restoreFromUrl() {
    const state = parseFilterState(new URLSearchParams(location.search));
    this.writeForm(state);
    if (state.from || state.to || state.institutes.length) this.more.open = true;
    this.render(this.readForm());
  }

  private update(mode: 'push' | 'replace') {
    const state = this.readForm();
    const query = filterStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.render(state);
  }

  private render(state: FilterState) {
    const shown = applyFilter(this.records, state);
    const visible = new Set(shown.map((record) => record.slug));
    const order = [...shown.map((r) => r.slug), ...this.order.filter((slug) => !visible.has(slug))];
    if (order.some((slug, i) => slug !== this.order[i])) {
      this.list.append(...order.map((slug) => this.items.get(slug)!));
      this.order = order;
    }
    for (const [slug, item] of this.items) item.hidden = !visible.has(slug);

    const counts = instituteCounts(this.records, state);
    for (const count of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const n = counts.get(count.dataset.countFor!) ?? 0;
      count.textContent = String(n);
      count.closest('li')!.classList.toggle('facet-empty', n === 0);
    }

    const active = (state.from || state.to ? 1 : 0) + state.institutes.length;
    this.querySelector('[data-active-count]')!.textContent = active ? `(${active} active)` : '';

    const noun = this.dataset.noun ?? 'entries';
    const filtered = isFiltered(state);
    this.querySelector('.result-count')!.textContent = filtered
      ? `${shown.length} of ${this.records.length} ${noun} match, ${SORT_WORDS[state.sort]}.`
      : `${this.records.length} ${noun}, ${SORT_WORDS[state.sort]}.`;
    (this.querySelector('.empty-state') as HTMLElement).hidden = shown.length > 0;
    (this.form.querySelector('[data-clear]') as HTMLButtonElement).disabled = !filtered;
  }
}

customElements.define('entry-browser', EntryBrowser);
