/**
 * <compare-view> draws the entries a compare link names side by side (/compare/?ids=a,b,c), from the open
 * data (only the files of /data/compare/ that hold them); <compare-toggle> on an entry page adds the entry to the comparison being put together (kept in
 * this browser, four at most) or takes it out, and links to it.
 */
import { compareFileOf, comparedSlugs, compareRows, MAX_COMPARED, unfetchedNumbersNote, type ResultNames } from '../lib/views/compare.ts';
import type { OpenEntry } from '../lib/views/open-data.ts';
import { choose, chosen, compareUrl, toggleChoice } from './compare-choice.ts';

/** An element with text, the only way this script writes the page (no HTML from data). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

class CompareView extends HTMLElement {
  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const box = this.querySelector<HTMLElement>('[data-table]')!;
    const slugs = comparedSlugs(location.search);
    if (slugs.length < 2) {
      status.textContent = `Choose two to ${MAX_COMPARED} entries with "Add to comparison" on their pages, then open the comparison from there.`;
      return;
    }
    try {
      const files = [...new Set(slugs.map(compareFileOf))];
      const loaded = await Promise.all(
        files.map((file) => fetch(`${this.dataset.dataBase!}${file}.json`).then((response) => response.json() as Promise<{ entries: OpenEntry[]; results?: ResultNames }>)),
      );
      const bySlug = new Map(loaded.flatMap((data) => data.entries).map((entry) => [entry.slug, entry]));
      const entries = slugs.flatMap((slug) => bySlug.get(slug) ?? []);
      const names: ResultNames = Object.assign({}, ...loaded.map((data) => data.results ?? {}));
      const missing = slugs.filter((slug) => !entries.some((entry) => entry.slug === slug));
      const table = element('table', '', { class: 'data-table compare-table' });
      table.append(element('caption', `${entries.map((entry) => entry.title).join(', ')}: every fact and reported result side by side; rows where they differ are marked.`));
      const head = table.createTHead().insertRow();
      head.append(element('th', 'Fact', { scope: 'col' }));
      for (const entry of entries) {
        const cell = element('th', '', { scope: 'col' });
        cell.append(element('a', entry.title, { href: new URL(entry.page, location.href).pathname }));
        head.append(cell);
      }
      const body = table.createTBody();
      for (const row of compareRows(entries, names)) {
        const tr = body.insertRow();
        if (row.differs) tr.className = 'differs';
        const label = element('th', row.label, { scope: 'row' });
        if (row.differs) label.append(element('span', ' (differs)', { class: 'differs-mark' }));
        tr.append(label, ...row.values.map((value) => element('td', value)));
      }
      box.replaceChildren(table);
      box.hidden = false;
      choose(entries.map((entry) => entry.slug));
      const unfetched = unfetchedNumbersNote(entries);
      status.textContent = `Comparing ${entries.length} entries.${missing.length ? ` Not on the list: ${missing.join(', ')}.` : ''}${unfetched ? ` ${unfetched}` : ''}`;
    } catch {
      status.textContent = 'Could not load the entries to compare; the open data is linked at the bottom of the page.';
    }
  }
}

class CompareToggle extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug!;
    const button = this.querySelector('button')!;
    const link = this.querySelector('a')!;
    const update = () => {
      const slugs = chosen();
      const included = slugs.includes(slug);
      button.textContent = included ? 'Remove from comparison' : 'Add to comparison';
      button.disabled = !included && slugs.length >= MAX_COMPARED;
      link.hidden = slugs.length < 2;
      link.href = compareUrl(this.dataset.base ?? '', slugs);
      link.textContent = `Compare ${slugs.length} entries`;
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
