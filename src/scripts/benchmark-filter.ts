/**
 * <benchmark-filter> on a benchmark page: shows the filters (hidden without this script, when every row
 * is shown), keeps their state in the URL, hides the result rows they leave out, and within each
 * checkpoint lifts its best remaining row to the headline, reordering the checkpoints by it. The logic
 * is src/lib/views/benchmark-filter.ts; this file only moves elements.
 */
import { benchmarkFilterToParams, headlineFirst, parseBenchmarkFilter, rowMatches, type BenchmarkFilterRecord, type SizeBucket } from '../lib/views/benchmark-filter.ts';

const recordOf = (row: HTMLElement): BenchmarkFilterRecord => ({
  ...(row.dataset.access ? { access: row.dataset.access } : {}),
  year: row.dataset.year!,
  size: row.dataset.size as SizeBucket,
  party: row.dataset.party!,
  flagged: row.dataset.flagged === 'true',
});

class BenchmarkFilter extends HTMLElement {
  private form!: HTMLFormElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.form.hidden = false;
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('change', () => {
      const form = new URLSearchParams();
      for (const [name, value] of new FormData(this.form)) if (value) form.append(name, String(value));
      const query = benchmarkFilterToParams(parseBenchmarkFilter(form)).toString();
      history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      this.apply();
    });
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  private restore() {
    const state = parseBenchmarkFilter(new URLSearchParams(location.search));
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = input.name === 'flagged' ? state.hideFlagged : state.access.includes(input.value);
    }
    for (const name of ['year', 'size', 'party'] as const) (this.form.elements.namedItem(name) as HTMLSelectElement).value = state[name] ?? '';
    this.apply();
  }

  private apply() {
    const state = parseBenchmarkFilter(new URLSearchParams(location.search));
    let shown = 0;
    let total = 0;
    for (const table of document.querySelectorAll<HTMLTableElement>('table[data-higher-is-better]')) {
      const higherIsBetter = table.dataset.higherIsBetter === 'true';
      const groups = [...table.tBodies].map((body) => {
        const rows = [...body.rows].map((row) => ({ row, value: Number(row.dataset.value), flagged: row.dataset.flagged === 'true', kept: rowMatches(recordOf(row), state) }));
        total += rows.length;
        const kept = headlineFirst(rows.filter((row) => row.kept), higherIsBetter);
        shown += kept.length;
        for (const { row, kept: keep } of rows) row.hidden = !keep;
        kept.forEach(({ row }, i) => (row.className = i === 0 ? 'headline' : 'fold'));
        body.append(...kept.map(({ row }) => row));
        body.hidden = kept.length === 0;
        return { body, value: kept[0]?.value ?? Number.NaN, flagged: kept[0]?.flagged ?? true };
      });
      table.append(...headlineFirst(groups, higherIsBetter).map(({ body }) => body));
    }
    this.querySelector('[data-filter-status]')!.textContent = shown === total ? '' : `Showing ${shown} of ${total} results.`;
  }
}

customElements.define('benchmark-filter', BenchmarkFilter);
