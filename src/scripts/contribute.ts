/**
 * /contribute/'s form: fills what a pasted URL tells, checks the entry with validate's schema as one
 * types, points out duplicates, and writes the entry file with a link to GitHub's new-file page.
 */
import './zod-jitless.ts';
import { entryHref } from '../lib/views/hrefs.ts';
import { contributePreview, fieldsFromUrl, type ContributeData, type ContributeForm, type PreviewContext } from '../lib/views/contribute.ts';
import { createInstituteIndex } from '../lib/content/institutes.ts';
import { createEntrySchema, type Section } from '../lib/content/schema.ts';
import { institutesEditUrl, proposeInstitute, type InstituteProposalForm } from '../lib/views/institute-proposal.ts';
import { enableCopyButtons } from './copy.ts';

/** The fields of a proposed institute, named newInstitute.<field> in the form. */
const PROPOSAL_FIELDS = ['name', 'aliases', 'parent', 'url'] as const satisfies readonly (keyof InstituteProposalForm)[];

class ContributeFormElement extends HTMLElement {
  async connectedCallback() {
    const data = (await (await fetch(this.dataset.data!)).json()) as ContributeData;
    const form = this.querySelector('form')!;
    const institutes = createInstituteIndex(data.institutes);
    const context: PreviewContext = {
      institutes,
      schema: createEntrySchema({ institutes }),
      takenSlugs: new Set(data.entries.map((entry) => entry.slug)),
      known: data.entries,
      repository: { owner: this.dataset.owner!, name: this.dataset.name!, branch: this.dataset.branch! },
    };
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
    /** Fields the contributor has been to: their problems show; the others' wait. */
    const touched = new Set<string>();
    const pullRequest = this.querySelector<HTMLAnchorElement>('[data-pull-request]')!;

    const read = (): ContributeForm => ({
      section: field('section').value as Section,
      title: field('title').value,
      date: field('date').value,
      summary: field('summary').value,
      paper: field('paper').value,
      paperTitle: field('paperTitle').value,
      paperAuthors: field('paperAuthors').value,
      huggingface: field('huggingface').value,
      github: field('github').value,
      institutes: [...form.querySelectorAll<HTMLInputElement>('input[name="institute"]')].map((input) => input.value),
      access: field('access').value,
      accessNote: field('accessNote').value,
      license: field('license').value,
      licenseNote: field('licenseNote').value,
      baseModel: field('baseModel').value,
      parameters: field('parameters').value,
      modalities: checked('modalities'),
      specialties: checked('specialties'),
      tasks: checked('tasks'),
      notes: field('notes').value,
    });

    /** Shows a field's problems under it, and marks the field it describes invalid while it has some. */
    const showProblems = (output: HTMLElement, shown: readonly string[]) => {
      output.textContent = shown.join(' ');
      const input = form.querySelector(`[aria-describedby~="${output.id}"]`);
      if (shown.length) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    };

    /** The context the entry is checked in: the registry's, or with the proposed institute once it passes. */
    const proposing = (typed: ContributeForm): PreviewContext => {
      const unknown = typed.institutes.map((name) => name.trim()).filter((name) => name && !context.institutes.has(name));
      const box = this.querySelector<HTMLElement>('[data-new-institute]')!;
      const step = this.querySelector<HTMLElement>('[data-institute-step]')!;
      box.hidden = step.hidden = !unknown.length;
      if (!unknown.length) return context;
      const propose = this.querySelector<HTMLButtonElement>('[data-propose]')!;
      propose.hidden = touched.has('newInstitute.name');
      propose.textContent = `Propose “${unknown[0]}” as a new institute`;
      propose.dataset.name = unknown[0];
      const proposal = proposeInstitute(
        { name: field('newInstitute.name').value, aliases: field('newInstitute.aliases').value, parent: field('newInstitute.parent').value, url: field('newInstitute.url').value },
        data.institutes,
      );
      for (const name of PROPOSAL_FIELDS) {
        showProblems(this.querySelector(`#new-institute-problem-${name}`)!, touched.has(`newInstitute.${name}`) ? (proposal.problems.get(name) ?? []) : []);
      }
      this.querySelector('#institute-lines')!.textContent = proposal.text;
      const account = field('forkAccount').value.trim();
      const edit = this.querySelector<HTMLAnchorElement>('[data-institutes-edit]')!;
      edit.hidden = !account || !proposal.registry;
      edit.href = institutesEditUrl(context.repository, account, field('forkBranch').value);
      if (!proposal.registry) return context;
      const institutes = createInstituteIndex(proposal.registry);
      return { ...context, institutes, schema: createEntrySchema({ institutes }) };
    };

    const update = () => {
      const typed = read();
      const { path, text, valid, problems, duplicates, pullRequest: href } = contributePreview(typed, proposing(typed));
      for (const output of form.querySelectorAll<HTMLElement>('.field-problem[id^="problem-"]')) {
        const key = output.id.slice('problem-'.length).replace('-', '.');
        showProblems(output, touched.has(key.split('.')[0]!) ? (problems.get(key) ?? []) : []);
      }
      this.showDuplicates(duplicates);
      this.querySelector('[data-file-path]')!.textContent = path;
      this.querySelector('#entry-file')!.textContent = text;
      this.querySelector('[data-form-status]')!.textContent = valid
        ? 'The entry is valid: copy it, or open a pull request with it.'
        : `${problems.size} ${problems.size === 1 ? 'field needs' : 'fields need'} attention before the file is valid.`;
      pullRequest.hidden = !valid;
      pullRequest.href = href;
    };

    const pasted = form.querySelector<HTMLInputElement>('#c-url')!;
    pasted.addEventListener('input', () => {
      const url = pasted.value.trim();
      if (!URL.canParse(url)) return;
      const found = fieldsFromUrl(url);
      const told: string[] = [];
      for (const name of ['paper', 'huggingface', 'github'] as const) {
        const value = found[name];
        if (!value) continue;
        const list = field(name).value.split(',').map((part) => part.trim()).filter(Boolean);
        if (!list.includes(value)) field(name).value = [...list, value].join(', ');
        touched.add(name === 'paper' ? 'papers' : name);
        told.push(`${name === 'paper' ? 'paper' : name === 'huggingface' ? 'Hugging Face id' : 'GitHub repository'} ${value}`);
      }
      if (found.semanticScholar) told.push(`Semantic Scholar id ${found.semanticScholar}`);
      if (found.date && !field('date').value.trim()) {
        field('date').value = found.date;
        touched.add('date');
        told.push(`month ${found.date}`);
      }
      this.querySelector('[data-url-status]')!.textContent = `Filled in: ${told.join(', ')}.`;
      update();
    });
    form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      const name = target.name === 'institute' ? 'institutes' : target.name === 'paper' ? 'papers' : target.name;
      if (name) touched.add(name);
      update();
    });
    this.querySelector<HTMLButtonElement>('[data-propose]')!.addEventListener('click', (event) => {
      // A typo is not a new institute: the contributor says which name is one.
      field('newInstitute.name').value = (event.currentTarget as HTMLButtonElement).dataset.name!;
      touched.add('newInstitute.name');
      update();
      field('newInstitute.aliases').focus();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    enableCopyButtons(this);
    update();
  }

  /** The entries the draft may duplicate, where the URL is pasted and again beside the pull-request button. */
  private showDuplicates(duplicates: ReturnType<typeof contributePreview>['duplicates']) {
    for (const box of this.querySelectorAll<HTMLElement>('[data-duplicates]')) {
      box.replaceChildren();
      if (!duplicates.length) continue;
      box.append('Already on the list? ');
      duplicates.forEach((duplicate, index) => {
        const link = document.createElement('a');
        link.href = entryHref(this.dataset.base!, duplicate.slug);
        link.textContent = duplicate.title;
        box.append(index ? '; ' : '', link, ` has ${duplicate.reason}`);
      });
      box.append('. Suggest a fix on its page instead of adding it again.');
    }
  }
}

customElements.define('contribute-form', ContributeFormElement);
