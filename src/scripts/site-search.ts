/**
 * <site-search>: full-text search with Pagefind's index (built after the site). The index and its
 * script load only when someone types, so no other page pays for it. Without JavaScript the form
 * stays hidden and the page points to the list of all entries.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private latest = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    input.addEventListener('input', () => void this.search(input.value));
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.search(initial);
    }
  }

  private async search(query: string) {
    const turn = ++this.latest;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    history.replaceState(null, '', query.trim() ? `?q=${encodeURIComponent(query.trim())}` : location.pathname);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    this.pagefind ??= import(/* @vite-ignore */ this.dataset.bundle!) as Promise<Pagefind>;
    const { results } = await (await this.pagefind).search(query);
    const shown = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    if (turn !== this.latest) return; // a newer query has been typed meanwhile
    list.replaceChildren(
      ...shown.map(({ url, excerpt, meta }) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: url, textContent: meta.title ?? url });
        const text = document.createElement('p');
        text.innerHTML = excerpt; // Pagefind's excerpt: escaped page text with <mark> around the matches
        item.append(link, text);
        return item;
      }),
    );
    status.textContent = results.length ? `${results.length === 1 ? '1 entry matches' : `${results.length} entries match`}${results.length > 20 ? '; the first 20 are shown' : ''}.` : 'No entry matches.';
  }
}

customElements.define('site-search', SiteSearch);
