/**
 * <compare-view> draws the entries a compare link names side by side (/compare/?ids=a,b,c), from the open
 * data (only the files of /data/compare/ that hold them), and takes an entry out or adds one by its title; <compare-toggle> on an entry page adds the entry to the comparison being put together (kept in
 * this browser, four at most) or takes it out, and links to it.
 */
import { compareChoiceText, compareFileOf, comparedSlugs, compareRows, MAX_COMPARED, unfetchedNumbersNote, type CompareLink, type CompareTitles, type ResultNames } from '../lib/views/compare.ts';
import { entryCount } from '../lib/views/format.ts';
import type { OpenEntry } from '../lib/views/open-data.ts';
import { choose, chosen, compareUrl, toggleChoice } from './compare-choice.ts';

/** An element with text, the only way this script writes the page (no HTML from data). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

interface CompareFile {
  entries: OpenEntry[];
  results?: ResultNames;
}

class CompareView extends HTMLElement {
  private slugs: string[] = [];
  private readonly files = new Map<number, Promise<CompareFile>>();
  /** Every entry of the list by its title and slug, lower-cased, for the add field: read from the browse indexes the first time it is used. */
  private titles?: Promise<Map<string, string>>;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-add]')!;
    const input = form.querySelector('input')!;
    input.addEventListener('focus', () => void this.loadTitles().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.add(input);
    });
    form.hidden = false;
    void this.show(comparedSlugs(location.search), false);
  }

  private loadTitles(): Promise<Map<string, string>> {
    this.titles ??= fetch(`${this.dataset.dataBase!}titles.json`)
      .then((response) => response.json() as Promise<CompareTitles>)
      .then((titles) => {
        this.querySelector('#compare-titles')!.replaceChildren(...titles.map(([, title]) => element('option', '', { value: title })));
        return new Map(titles.flatMap(([slug, title]) => [[title.toLowerCase(), slug], [slug, slug]]));
      });
    return this.titles;
  }

  private async add(input: HTMLInputElement) {
    const note = this.querySelector<HTMLElement>('[data-add-note]')!;
    const typed = input.value.trim();
    try {
      const slug = (await this.loadTitles()).get(typed.toLowerCase());
      if (!slug) {
        note.textContent = `No entry of the list is titled "${typed}": choose one of the titles offered as you type.`;
        return;
      }
      input.value = '';
      await this.show([...this.slugs.filter((other) => other !== slug), slug]);
    } catch {
      note.textContent = 'Could not load the titles of the list; add entries with "Add to comparison" on their pages.';
    }
  }

  /** Draws the comparison of these entries; once someone has changed it, the address and the choice kept in this browser say them too. */
  private async show(slugs: string[], changed = true) {
    this.slugs = slugs.slice(0, MAX_COMPARED);
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const box = this.querySelector<HTMLElement>('[data-table]')!;
    const addButton = this.querySelector<HTMLButtonElement>('[data-add] button')!;
    const { full } = compareChoiceText(this.slugs.length);
    addButton.disabled = Boolean(full);
    this.querySelector('[data-add-note]')!.textContent = full ?? `Up to ${MAX_COMPARED} entries; their titles are offered as you type.`;
    if (changed) {
      history.replaceState(null, '', this.slugs.length ? compareUrl(this.dataset.base ?? '', this.slugs) : location.pathname);
      choose(this.slugs);
    }
    if (this.slugs.length < 2) {
      box.hidden = true;
      status.textContent = `Choose two to ${MAX_COMPARED} entries: add them below by their titles, or with "Add to comparison" on their pages or in the lists.`;
      return;
    }
    try {
      const loaded = await Promise.all([...new Set(this.slugs.map(compareFileOf))].map((file) => this.file(file)));
      const bySlug = new Map(loaded.flatMap((data) => data.entries).map((entry) => [entry.slug, entry]));
      const entries = this.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
      const names: ResultNames = Object.assign({}, ...loaded.map((data) => data.results ?? {}));
      const missing = this.slugs.filter((slug) => !bySlug.has(slug));
      box.replaceChildren(this.table(entries, names));
      box.hidden = false;
      choose(entries.map((entry) => entry.slug));
      const unfetched = unfetchedNumbersNote(entries);
      status.textContent = `Comparing ${entryCount(entries.length)}.${missing.length ? ` Not on the list: ${missing.join(', ')}.` : ''}${unfetched ? ` ${unfetched}` : ''}`;
    } catch {
      status.textContent = 'Could not load the entries to compare; the open data is linked at the bottom of the page.';
    }
  }

  private file(file: number): Promise<CompareFile> {
    let loading = this.files.get(file);
    if (!loading) {
      loading = fetch(`${this.dataset.dataBase!}${file}.json`).then((response) => response.json() as Promise<CompareFile>);
      this.files.set(file, loading);
    }
    return loading;
  }

  private table(entries: OpenEntry[], names: ResultNames): HTMLTableElement {
    const table = element('table', '', { class: 'data-table compare-table' });
    table.append(element('caption', `${entries.map((entry) => entry.title).join(', ')}: every fact and reported result side by side; rows where they differ are marked.`));
    const head = table.createTHead().insertRow();
    head.append(element('th', 'Fact', { scope: 'col' }));
    for (const entry of entries) {
      const cell = element('th', '', { scope: 'col' });
      const remove = element('button', 'Remove', { type: 'button', class: 'compare-toggle' });
      remove.append(element('span', ` ${entry.title}`, { class: 'visually-hidden' }));
      remove.addEventListener('click', () => void this.show(this.slugs.filter((slug) => slug !== entry.slug)));
      cell.append(element('a', entry.title, { href: new URL(entry.page, location.href).pathname }), ' ', remove);
      head.append(cell);
    }
    const body = table.createTBody();
    for (const row of compareRows(entries, names)) {
      const tr = body.insertRow();
      if (row.differs) tr.className = 'differs';
      const label = element('th', row.label, { scope: 'row' });
      if (row.differs) label.append(element('span', ' (differs)', { class: 'differs-mark' }));
      tr.append(label, ...row.values.map((value, i) => this.cell(value, row.links?.[i])));
    }
    return table;
  }

  /** A value, or its links where it is addresses. */
  private cell(value: string, links?: CompareLink[]): HTMLTableCellElement {
    const cell = element('td', links?.length ? '' : value);
    links?.forEach((link, i) => cell.append(i ? ', ' : '', element('a', link.text, { href: link.href })));
    return cell;
  }
}

class CompareToggle extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug!;
    const button = this.querySelector('button')!;
    const link = this.querySelector('a')!;
    const note = this.querySelector<HTMLElement>('[data-compare-note]')!;
    const update = () => {
      const slugs = chosen();
      const included = slugs.includes(slug);
      const { go, full } = compareChoiceText(slugs.length);
      button.textContent = included ? 'Remove from comparison' : 'Add to comparison';
      button.disabled = !included && Boolean(full);
      note.textContent = button.disabled ? full! : '';
      link.hidden = !go;
      link.href = compareUrl(this.dataset.base ?? '', slugs);
      link.textContent = go ?? '';
    };
    button.addEventListener('click', () => {
      toggleChoice(slug);
      update();
    });
    this.hidden = false;
    update();
  }
}

customElements.define('compare-view', CompareView);
customElements.define('compare-toggle', CompareToggle);
