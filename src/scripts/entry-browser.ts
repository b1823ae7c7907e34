/**
 * <entry-browser>: filters and sorts a list across all its entries. The page holds one page of cards as
 * plain HTML; the first view that needs more (a filter, a sort, "Show more", a link with a view in it)
 * fetches the browse index once and draws the cards from it with the same function the build used.
 * State lives in the URL, so a view is a link; back and forward restore it. The logic is
 * src/lib/views/filter.ts; this file only moves between the form, the URL, the index and the elements.
 */
import { cardOf, filterRecord, type BrowseIndex } from '../lib/views/browse-index.ts';
import { cardHtml, type CardContext } from '../lib/views/card.ts';
import type { ResultColumn, ResultColumnFile } from '../lib/views/result-columns.ts';
import { tableHtml, tableValues, type TableRow } from '../lib/views/table.ts';
import { compareChoiceText } from '../lib/views/compare.ts';
import { METRIC_KINDS } from '../lib/metrics/kinds.ts';
import { choose, chosen, compareUrl, toggleChoice } from './compare-choice.ts';
import { oneTabStop, typeAhead } from './checkbox-list.ts';
import {
  activeFilterCount,
  applyFilter,
  columnBenchmark,
  COUNTED_FACETS,
  describeFilters,
  EMPTY_FILTER,
  FACET_PARAMS,
  facetCounts,
  filterStateToParams,
  isFiltered,
  parseFilterState,
  resultSortUnmet,
  type CountedFacet,
  type FilterRecord,
  type FilterState,
  type ResultOrder,
  type SortKey,
} from '../lib/views/filter.ts';

const SORT_WORDS: Record<Exclude<SortKey, 'result'>, string> = {
  date: 'newest first',
  added: 'most recently added first',
  citations: 'most cited first',
  stars: 'most GitHub stars first',
  likes: 'most Hugging Face likes first',
  downloads: 'most downloaded first',
};

/** A chosen result column and the order it sorts by. */
interface LoadedColumn {
  column: ResultColumn;
  order: ResultOrder;
}

/** The view's order in words; a result column that has not loaded leaves the date order. */
const sortWords = (sort: SortKey, loaded: LoadedColumn | undefined) =>
  sort !== 'result' ? SORT_WORDS[sort] : loaded ? `best ${loaded.column.label} first` : SORT_WORDS.date;

interface ListData {
  records: FilterRecord[];
  /** Each entry's card, and the facts its table row adds. */
  rows: Map<string, TableRow>;
  context: CardContext;
}

class EntryBrowser extends HTMLElement {
  private form!: HTMLFormElement;
  private list!: HTMLOListElement;
  private more!: HTMLDetailsElement;
  // Looked up once: a query over the element would walk every card each time.
  private countElements: HTMLElement[] = [];
  /** The count of active filters, on the phone's "Filters" button and on the finer filters' summary. */
  private activeCounts: HTMLElement[] = [];
  private resultCount!: HTMLElement;
  private emptyState!: HTMLElement;
  private showMore!: HTMLButtonElement;
  private clearButton!: HTMLButtonElement;
  private pagination: HTMLElement | null = null;
  private tableBox!: HTMLElement;
  private viewToggle!: HTMLFieldSetElement;
  /** Cards shown at a time, as on the page; "Show more" adds as many again. */
  private pageSize = 50;
  private limit = 50;
  /** Per counted facet, the view its counts were last computed for (a sort or a choice of its own leaves them). */
  private countsKeys = new Map<CountedFacet, string>();
  private data: Promise<ListData> | undefined;
  /** Whether the list on show is the script's (after the first view that needed the index) rather than the page's. */
  private scripted = false;
  private renders = 0;
  private bibtex: Promise<Record<string, string>> | undefined;
  /** Per benchmark, the file of its result columns, fetched the first time one of them is chosen. */
  private columnFiles = new Map<string, Promise<ResultColumnFile>>();
  /** Per column key, its column and order, made once: every change of the view sorts by it again. */
  private loadedColumns = new Map<string, LoadedColumn>();

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.pageSize = Number(this.dataset.pageSize) || this.pageSize;
    this.list = this.querySelector('.entry-list')!;
    this.countElements = [...this.form.querySelectorAll<HTMLElement>('[data-count-for]')];
    this.activeCounts = [...this.form.querySelectorAll<HTMLElement>('[data-active-count]')];
    this.clearButton = this.form.querySelector('[data-clear]')!;
    this.resultCount = this.querySelector(':scope > .results .result-count')!;
    this.emptyState = this.querySelector(':scope > .results > .empty-state')!;
    this.showMore = this.querySelector(':scope > .results > [data-show-more]')!;
    this.pagination = this.querySelector(':scope > .results > [data-pagination]');
    this.tableBox = this.querySelector(':scope > .results > [data-table]')!;
    this.viewToggle = this.querySelector(':scope > .results [data-view-toggle]')!;
    this.viewToggle.hidden = false;
    this.viewToggle.addEventListener('change', () => this.update('push'));
    // A column header sorts the table, as the sort menu does.
    this.tableBox.addEventListener('click', (event) => {
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-sort]')?.dataset.sort;
      if (!key) return;
      (this.form.elements.namedItem('sort') as HTMLSelectElement).value = key;
      this.update('push');
      this.tableBox.querySelector<HTMLElement>(`[data-sort="${key}"]`)?.focus();
    });

    this.form.hidden = false;
    this.classList.add('enhanced');
    // Open as built, so a desktop shows them without a shift; on a phone they fold inside the folded panel.
    this.more = this.querySelector('details.more-filters')!;
    this.more.open = matchMedia('(min-width: 60rem)').matches;
    // On a phone the whole panel folds behind "Filters" (CSS shows the button and hides the panel there).
    const toggle = this.form.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.form.classList.toggle('filters-open', open);
    });
    for (const list of this.form.querySelectorAll<HTMLElement>('[data-one-stop]')) oneTabStop(list);
    for (const field of this.form.querySelectorAll<HTMLInputElement>('[data-narrow]')) {
      typeAhead(field, this.form.querySelector(`#${field.getAttribute('aria-controls')!}`)!, field.nextElementSibling as HTMLElement);
    }
    this.form.addEventListener('submit', (event) => event.preventDefault());
    // Typing replaces the history entry; a choice (select, checkbox, date) adds one.
    this.form.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).name === 'q') this.update('replace');
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (!target.name) return; // a type-ahead field narrows its list, not the view
      if (target.name === 'year') this.applyYear(target.value);
      if (target.name === 'from' || target.name === 'to') (this.form.elements.namedItem('year') as HTMLSelectElement).value = '';
      if (target.name === 'result') this.chooseColumn(target.value);
      this.update('push');
    });
    for (const button of [this.clearButton, this.emptyState.querySelector('[data-clear]')!]) {
      button.addEventListener('click', () => {
        const { sort, view, result } = this.readForm();
        this.writeForm({ ...EMPTY_FILTER, sort, view, ...(result ? { result } : {}) });
        this.update('push');
        (this.form.elements.namedItem('q') as HTMLInputElement).focus();
      });
    }
    // On the first page of a long list "Show more" adds the next cards in place; other pages keep their links.
    this.showMore.hidden = !(this.pagination && this.dataset.page === '1');
    this.showMore.addEventListener('click', () => {
      this.limit += this.pageSize;
      void this.render(this.readForm());
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>(':scope > .results [data-export]')) {
      button.hidden = false;
      button.addEventListener('click', () => this.exportView(button.dataset.export as 'csv' | 'markdown', button.parentElement!.querySelector('[data-copy-status]')!));
    }
    // Any card or table row can join the comparison; the link opens it once two are chosen.
    this.addEventListener('click', (event) => {
      const slug = (event.target as HTMLElement).closest<HTMLElement>('[data-compare]')?.dataset.compare;
      if (!slug) return;
      toggleChoice(slug);
      this.syncCompare();
    });
    this.querySelector('[data-compare-clear]')!.addEventListener('click', () => {
      choose([]);
      this.syncCompare();
    });
    this.syncCompare();
    const copyView = this.querySelector<HTMLButtonElement>(':scope > .results [data-copy-view]')!;
    copyView.hidden = false;
    copyView.addEventListener('click', () => this.copyBibtex(copyView.parentElement!.querySelector('[data-copy-status]')!));
    window.addEventListener('popstate', () => this.restoreFromUrl());
    this.restoreFromUrl();
  }

  /** The list's entries from the browse index of its sections, fetched once, the first time a view needs them. */
  private loadList(): Promise<ListData> {
    const fetchIndex = (section: string) =>
      fetch(`${this.dataset.base ?? ''}/data/browse/${section}.json`).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<BrowseIndex>;
      });
    this.data ??= Promise.all(this.dataset.sections!.split(' ').map(fetchIndex)).then((indexes) => {
      // Sections merge into the newest-first order of the list of all entries.
      const entries = indexes.flatMap((index) => index.entries.map((entry) => ({ entry, index }))).sort((a, b) => a.entry.rank - b.entry.rank);
      const sectionTitles = Object.fromEntries(indexes.map((index) => [index.section, index.sectionTitle]));
      const context: CardContext = { base: this.dataset.base ?? '', ...(this.dataset.showSection === undefined ? {} : { sectionTitles }) };
      return {
        records: entries.map(({ entry, index }) => filterRecord(entry, index)),
        rows: new Map(
          entries.map(({ entry, index }) => [
            entry.slug,
            { ...cardOf(entry, index), specialties: entry.specialties, access: entry.access, parameters: entry.parameters, baseModel: entry.baseModel },
          ]),
        ),
        context,
      };
    });
    return this.data;
  }

  /** The chosen result column from its benchmark's file; undefined if none is chosen or it cannot be had. */
  private async loadColumn(key: string | undefined): Promise<LoadedColumn | undefined> {
    const benchmark = key && columnBenchmark(key);
    if (!key || !benchmark) return undefined;
    const known = this.loadedColumns.get(key);
    if (known) return known;
    let file = this.columnFiles.get(benchmark);
    if (!file) {
      file = fetch(`${this.dataset.base ?? ''}/data/browse/results/${benchmark}.json`).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<ResultColumnFile>;
      });
      file.catch(() => this.columnFiles.delete(benchmark)); // try again on the next change
      this.columnFiles.set(benchmark, file);
    }
    const column = (await file.catch(() => undefined))?.columns[key];
    if (!column) return undefined;
    // A flagged value is shown but never sorts as a best: its entry goes with those that have none.
    const values = new Map(Object.entries(column.cells).flatMap(([slug, cell]) => (cell.flags ? [] : [[slug, cell.value] as const])));
    const loaded = { column, order: { values, higherIsBetter: column.higherIsBetter } };
    this.loadedColumns.set(key, loaded);
    return loaded;
  }

  /** Choosing a result column shows it in the table, sorted by it; choosing none leaves its order. */
  private chooseColumn(key: string) {
    const sort = this.form.elements.namedItem('sort') as HTMLSelectElement;
    this.syncResultSort(key);
    if (key) {
      sort.value = 'result';
      for (const radio of this.viewToggle.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === 'table';
    } else if (sort.value === 'result') {
      sort.value = 'date';
    }
  }

  /** The sort by the result column can be chosen only while one is; until then the option says what it needs. */
  private syncResultSort(key: string | undefined) {
    const option = this.form.querySelector<HTMLOptionElement>('option[value="result"]')!;
    option.disabled = !key;
    option.textContent = key ? option.dataset.label! : `${option.dataset.label!} (${option.dataset.reason!})`;
  }

  /** A link that asks for the best-result sort without a column this list offers is told why it shows another order. */
  private noteUnmetSort() {
    const note = this.form.querySelector<HTMLElement>('[data-sort-note]')!;
    const option = this.form.querySelector<HTMLOptionElement>('option[value="result"]')!;
    const unmet = resultSortUnmet(new URLSearchParams(location.search), (this.form.elements.namedItem('sort') as HTMLSelectElement).value as SortKey);
    note.hidden = !unmet;
    note.textContent = unmet ? `This link asks for the best benchmark result first, but ${option.dataset.reason!}; shown newest first.` : '';
  }

  private showActiveCount(state: FilterState) {
    const active = activeFilterCount(state);
    for (const count of this.activeCounts) count.textContent = active ? `(${active} active)` : '';
  }

  private applyYear(year: string) {
    (this.form.elements.namedItem('from') as HTMLInputElement).value = year ? `${year}-01` : '';
    (this.form.elements.namedItem('to') as HTMLInputElement).value = year ? `${year}-12` : '';
  }

  private readForm(): FilterState {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (name !== 'year' && value) params.append(name, String(value));
    params.set('view', this.viewToggle.querySelector<HTMLInputElement>('input:checked')?.value ?? 'cards');
    return parseFilterState(params);
  }

  private writeForm(state: FilterState) {
    const field = (name: string) => this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field('q').value = state.q;
    // A column this list does not offer (another list's link) is left out, and so is its sort.
    const result = field('result') as HTMLSelectElement | null;
    if (result) result.value = [...result.options].some((option) => option.value === state.result) ? state.result! : '';
    this.syncResultSort(result?.value);
    // A sort the list does not offer (a disabled option: no result column, or a number no entry has) keeps the date order.
    const sort = [...(field('sort') as HTMLSelectElement).options].find((option) => option.value === state.sort);
    field('sort').value = sort && !sort.disabled ? state.sort : 'date';
    field('from').value = state.from ?? '';
    field('to').value = state.to ?? '';
    const wholeYear = state.from?.endsWith('-01') && state.to === `${state.from.slice(0, 4)}-12` ? state.from.slice(0, 4) : '';
    field('year').value = [...(field('year') as HTMLSelectElement).options].some((o) => o.value === wholeYear) ? wholeYear : '';
    for (const radio of this.viewToggle.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === state.view;
    const chosen = new Map<string, string[]>(Object.entries(FACET_PARAMS).map(([facet, param]) => [param, state[facet as keyof typeof FACET_PARAMS]]));
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = chosen.get(box.name)?.includes(box.value) ?? false;
    }
  }

  private restoreFromUrl() {
    const state = parseFilterState(new URLSearchParams(location.search));
    this.limit = this.pageSize;
    this.writeForm(state);
    this.noteUnmetSort();
    this.showActiveCount(state);
    if (activeFilterCount(state)) this.more.open = true;
    // The page already shows the plain view (newest first, unfiltered): the index waits for a change.
    if (!this.scripted && !isFiltered(state) && state.sort === 'date' && state.view === 'cards' && !state.result) {
      this.clearButton.disabled = true;
      return;
    }
    void this.render(this.readForm());
  }

  private update(mode: 'push' | 'replace') {
    const state = this.readForm();
    this.limit = this.pageSize;
    const query = filterStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.noteUnmetSort();
    void this.render(state);
  }

  /** BibTeX of every matching entry of the list (not just the cards shown), fetched the first time it is asked for. */
  private async copyBibtex(status: HTMLElement) {
    try {
      this.bibtex ??= fetch(this.dataset.bibtexUrl!).then((response) => response.json() as Promise<Record<string, string>>);
      const [records, { records: all }] = await Promise.all([this.bibtex, this.loadList()]);
      const matching = applyFilter(all, this.readForm());
      await navigator.clipboard.writeText(matching.map((record) => records[record.slug] ?? '').join('\n'));
      status.textContent = `Copied BibTeX of ${matching.length} ${this.dataset.noun ?? 'entries'}.`;
    } catch {
      status.textContent = 'Could not copy the BibTeX; the full file is linked at the bottom of the page.';
    }
  }

  /**
   * The compare buttons of the cards and rows on show, and the tray that stays at the foot of the screen
   * while a comparison is put together (how many, the link, clear), as the choice now stands; a full
   * comparison's buttons say why they are off.
   */
  private syncCompare() {
    const slugs = chosen();
    const { chosen: count, go, full } = compareChoiceText(slugs.length);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-compare]')) {
      const included = slugs.includes(button.dataset.compare!);
      button.hidden = false;
      button.setAttribute('aria-pressed', String(included));
      button.disabled = !included && Boolean(full);
      if (button.disabled) {
        button.title = full!;
        button.setAttribute('aria-describedby', 'compare-choice');
      } else {
        button.removeAttribute('title');
        button.removeAttribute('aria-describedby');
      }
    }
    this.querySelector<HTMLElement>('[data-compare-tray]')!.hidden = slugs.length === 0;
    this.querySelector('[data-compare-count]')!.textContent = full ?? count;
    const link = this.querySelector<HTMLAnchorElement>('[data-compare-link]')!;
    link.hidden = !go;
    link.href = compareUrl(this.dataset.base ?? '', slugs);
    link.textContent = go ?? '';
  }

  /** Every matching entry of the view (not only those shown) as CSV or a Markdown table, its filters stated first. */
  private async exportView(kind: 'csv' | 'markdown', status: HTMLElement) {
    try {
      const state = this.readForm();
      const [data, loaded] = await Promise.all([this.loadList(), this.loadColumn(state.result)]);
      const matching = applyFilter(data.records, state, loaded?.order);
      const filters = describeFilters(state);
      const noun = this.dataset.noun ?? 'entries';
      const description = `${matching.length} of ${data.records.length} ${noun} from ${location.href}${filters ? ` (${filters})` : ''}, ${sortWords(state.sort, loaded)}.`;
      const pageUrl = (slug: string) => new URL(`${data.context.base}/entries/${slug}/`, location.origin).href;
      const values = tableValues(matching.map((record) => data.rows.get(record.slug)!), pageUrl, loaded?.column);
      const { downloadCsv, markdownTable } = await import('./export-view.ts');
      if (kind === 'csv') {
        downloadCsv(values, description, `${location.pathname.split('/').filter(Boolean).join('-') || 'entries'}.csv`);
        status.textContent = `Downloaded ${matching.length} ${noun} as CSV.`;
      } else {
        await navigator.clipboard.writeText(await markdownTable(values, description));
        status.textContent = `Copied ${matching.length} ${noun} as a Markdown table.`;
      }
    } catch {
      status.textContent = 'Could not export this view; the whole list is in the open data linked at the bottom of the page.';
    }
  }

  /** The counts beside the institute, specialty and task choices: each depends on every filter but its own facet. */
  private updateCounts(records: readonly FilterRecord[], state: FilterState) {
    for (const facet of COUNTED_FACETS) {
      const key = filterStateToParams({ ...state, [facet]: [], sort: 'date' }).toString();
      if (this.countsKeys.get(facet) === key) continue;
      this.countsKeys.set(facet, key);
      const counts = facetCounts(records, state, facet);
      for (const count of this.countElements) {
        if (count.dataset.countFacet !== FACET_PARAMS[facet]) continue;
        const n = counts.get(count.dataset.countFor!) ?? 0;
        count.textContent = String(n);
        count.closest('li')!.classList.toggle('facet-empty', n === 0);
      }
    }
  }

  private async render(state: FilterState) {
    const turn = ++this.renders;
    // Busy while the index loads (the first time only): assistive technology waits, so do the tests.
    this.list.setAttribute('aria-busy', 'true');
    let data: ListData;
    let loaded: LoadedColumn | undefined;
    try {
      [data, loaded] = await Promise.all([this.loadList(), this.loadColumn(state.result)]);
    } catch {
      this.data = undefined; // try again on the next change
      this.list.removeAttribute('aria-busy');
      this.resultCount.textContent = 'Could not load the list to filter it; the page links below still lead through every entry.';
      return;
    }
    if (turn !== this.renders) return; // a later change has taken over
    this.list.removeAttribute('aria-busy');
    const matching = applyFilter(data.records, state, loaded?.order);
    const shown = matching.slice(0, this.limit);
    const noun = this.dataset.noun ?? 'entries';
    const table = state.view === 'table';
    const order = sortWords(state.sort, loaded);
    if (table) {
      const filters = describeFilters(state);
      const column = loaded
        ? ` Each entry's best result as its source reports it; ${matching.filter((record) => loaded.order.values.has(record.slug)).length} of ${matching.length} have one${loaded.column.usualSetting ? `, most ${loaded.column.usualSetting}` : ''}.`
        : '';
      const caption = `${matching.length} of ${data.records.length} ${noun}${filters ? ` (${filters})` : ''}, ${order}${shown.length < matching.length ? `; the first ${shown.length} shown` : ''}.${column}`;
      const sort = state.sort === 'result' && !loaded ? 'date' : state.sort;
      const metrics = METRIC_KINDS.filter((kind) => data.records.some((record) => record[kind] !== undefined));
      this.tableBox.innerHTML = tableHtml(shown.map((record) => data.rows.get(record.slug)!), { base: data.context.base, caption, sort, column: loaded?.column, metrics });
    } else {
      this.list.innerHTML = shown.map((record) => cardHtml(data.rows.get(record.slug)!, data.context)).join('');
      this.list.classList.add('scripted');
    }
    this.tableBox.hidden = !table;
    this.list.hidden = table;
    // The table's caption says what the status line says: shown once, the status still announced.
    this.resultCount.classList.toggle('visually-hidden', table);
    this.syncCompare();
    this.scripted = true;
    if (this.pagination) this.pagination.hidden = true;

    this.updateCounts(data.records, state);
    this.showActiveCount(state);
    const filtered = isFiltered(state);
    const partial = shown.length < matching.length ? `Showing ${shown.length}: ` : '';
    this.resultCount.textContent = filtered
      ? `${partial}${matching.length} of ${data.records.length} ${noun} match, ${order}.`
      : `${partial}${data.records.length} ${noun}, ${order}.`;
    this.emptyState.hidden = matching.length > 0;
    this.clearButton.disabled = !filtered;
    this.showMore.hidden = shown.length === matching.length;
    this.showMore.textContent = `Show ${Math.min(this.pageSize, matching.length - shown.length)} more`;
  }
}

customElements.define('entry-browser', EntryBrowser);
