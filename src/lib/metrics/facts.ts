/**
 * Curated facts beside what the services say of the same ids. The curated access, parameters and base
 * model win on the page; where an entry has none, the fetched one is shown, marked as fetched.
 * `npm run validate -- --metrics` warns where the two disagree, naming both, so a maintainer corrects
 * one or the other.
 */
import { licenseFromService } from '../content/license.ts';
import { licenseLabel } from '../content/license-names.ts';
import { SPDX_IDS } from '../content/spdx-ids.ts';
import { parameterCount, parameterSize } from '../content/parameter-size.ts';
import type { Entry, EntryData } from '../content/schema.ts';
import type { Finding, LocatedEntry } from '../content/validate.ts';
import type { MetricsFile } from './metrics.ts';

type Access = NonNullable<EntryData['access']>;

/** Parameter counts that differ by more than this share are taken to disagree. */
const PARAMETER_TOLERANCE = 0.1;

/** Names compared loosely: "meta-llama/Llama-2-70b-hf" and "Llama-2-70B" are the same base model. */
const modelKey = (name: string) => (name.split('/').pop() ?? name).toLowerCase().replace(/[^a-z0-9.]/g, '');
const sameModel = (a: string, b: string) => modelKey(a).includes(modelKey(b)) || modelKey(b).includes(modelKey(a));

/** What the Hub said of an entry's models (not its datasets or Spaces), id by id. */
function hubModels(data: EntryData, metrics: MetricsFile) {
  return data.huggingface
    .filter((id) => !/^(datasets|spaces)\//.test(id))
    .flatMap((id) => (metrics.huggingface[id] ? [{ id, ...metrics.huggingface[id] }] : []));
}

export interface Fact {
  value: string;
  /** From a service rather than the entry's own file. */
  fetched: boolean;
}

/** The licences the Hub states for an entry's models, then those GitHub states for its repositories, in the entry's order. */
function fetchedLicenses(data: EntryData, metrics: MetricsFile): { id: string; name: string; from: 'Hub' | 'GitHub' }[] {
  return [
    ...hubModels(data, metrics).flatMap((model) => (model.license ? [{ id: model.id, name: model.license, from: 'Hub' as const }] : [])),
    // GitHub's NOASSERTION names no licence: a licence file it could not identify.
    ...data.github.flatMap((repo) => {
      const name = metrics.github[repo]?.license;
      return name && name !== 'NOASSERTION' ? [{ id: repo, name, from: 'GitHub' as const }] : [];
    }),
  ];
}

/** Access, parameters, base model and licence as a page shows them: the curated value, else the fetched one. */
export function entryFacts(data: EntryData, metrics: MetricsFile): Partial<Record<'access' | 'parameters' | 'baseModel' | 'license', Fact>> {
  const models = hubModels(data, metrics);
  const curated = (value: string | undefined) => (value ? { value, fetched: false } : undefined);
  const fetched = (value: string | undefined) => (value ? { value, fetched: true } : undefined);
  const gates = models.flatMap((model) => (model.gated === undefined ? [] : [model.gated]));
  const fetchedAccess: Access | undefined = gates.length ? (gates.some(Boolean) ? 'gated' : 'open-weights') : undefined;
  const size = models.find((model) => model.parameters !== undefined)?.parameters;
  const [license] = fetchedLicenses(data, metrics);
  const facts = {
    access: curated(data.access) ?? fetched(fetchedAccess),
    parameters: curated(data.parameters) ?? fetched(size === undefined ? undefined : parameterSize(size)),
    baseModel: curated(data.baseModel) ?? fetched(models.find((model) => model.baseModels?.length)?.baseModels?.join(', ')),
    license: curated(data.license) ?? fetched(license && (licenseFromService(license.name, SPDX_IDS) ?? license.name)),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, fact]) => fact !== undefined));
}

/** Where an entry's curated access, parameters or base model disagree with what the Hub says of its models. */
type CheckedFact = 'access' | 'parameters' | 'baseModel' | 'license';

/**
 * Where the curated licence is not one the services state: the Hub's for the weights, else GitHub's for
 * the code (which may differ from the weights'). Services' names without an id here ("other") prove nothing.
 */
function licenseDisagreement(data: EntryData, metrics: MetricsFile): string | undefined {
  const { license } = data;
  if (!license) return undefined;
  const named = fetchedLicenses(data, metrics).flatMap((fetched) => {
    const id = licenseFromService(fetched.name, SPDX_IDS);
    return id ? [{ ...fetched, license: id }] : [];
  });
  const stated = named.some((fetched) => fetched.from === 'Hub') ? named.filter((fetched) => fetched.from === 'Hub') : named;
  if (!stated.length || stated.some((fetched) => fetched.license === license)) return undefined;
  const [first] = stated;
  const elsewhere = stated.map((fetched) => `${fetched.license} for ${fetched.id}`).join(', ');
  const fix = first!.from === 'Hub' ? 'read the model card and correct one of them' : "the repository's code licence may differ from the weights': check which the entry states";
  return `${licenseLabel(license)} (${license}) here, but ${first!.from} states ${elsewhere}: ${fix}`;
}

export function factDisagreements(entry: Entry, metrics: MetricsFile): { field: CheckedFact; message: string }[] {
  const { access, parameters, baseModel } = entry.data;
  const models = hubModels(entry.data, metrics);
  const found: { field: CheckedFact; message: string }[] = [];
  const gated = models.filter((model) => model.gated === true);
  const open = models.filter((model) => model.gated === false);
  if (access === 'open-weights' && gated.length) {
    found.push({ field: 'access', message: `open-weights here, but the Hub gates ${gated.map((m) => m.id).join(', ')} (access must be requested): use access: gated, or check the ids` });
  } else if ((access === 'gated' || access === 'not-released') && open.length && !gated.length) {
    found.push({ field: 'access', message: `${access} here, but the Hub lets anyone download ${open.map((m) => m.id).join(', ')}: use access: open-weights, or check the ids` });
  }
  const wanted = parameters === undefined ? undefined : parameterCount(parameters);
  const counted = models.filter((model) => model.parameters !== undefined);
  if (wanted !== undefined && counted.length && counted.every((model) => Math.abs(model.parameters! - wanted) / wanted > PARAMETER_TOLERANCE)) {
    const [first] = counted;
    found.push({
      field: 'parameters',
      message: `${parameters} here, but the Hub's safetensors count for ${first!.id} is ${parameterSize(first!.parameters!)} (${first!.parameters!.toLocaleString('en')} parameters): correct one of them`,
    });
  }
  const named = models.flatMap((model) => (model.baseModels ?? []).map((name) => ({ id: model.id, name })));
  if (baseModel && named.length && !named.some(({ name }) => sameModel(name, baseModel))) {
    found.push({ field: 'baseModel', message: `${baseModel} here, but the Hub's card of ${named[0]!.id} names ${named.map((n) => n.name).join(', ')} as its base model: correct one of them` });
  }
  const license = licenseDisagreement(entry.data, metrics);
  if (license) found.push({ field: 'license', message: license });
  return found;
}

/** The disagreements of every entry as validate findings (warnings, at the curated field's line). */
export function factFindings(located: readonly LocatedEntry[], metrics: MetricsFile): Finding[] {
  return located.flatMap(({ entry, lineOf }) =>
    factDisagreements(entry, metrics).map(({ field, message }) => ({
      file: entry.file ?? `content/${entry.section}/${entry.slug}.md`,
      line: lineOf([field]),
      field,
      severity: 'warning' as const,
      message,
    })),
  );
}

/** A repository this long without a push, as of its fetch, is flagged as unmaintained. */
const INACTIVE_DAYS = 2 * 365;

/** "archived" or "inactive" (no push in two years before the fetch) for a code link's badge; undefined while maintained or unknown. */
export type RepoHealth = 'archived' | 'inactive';

export function repoHealth(repo: MetricsFile['github'][string] | undefined): RepoHealth | undefined {
  if (!repo) return undefined;
  if (repo.archived) return 'archived';
  if (repo.pushedAt && Date.parse(repo.fetchedAt) - Date.parse(repo.pushedAt) > INACTIVE_DAYS * 86_400_000) return 'inactive';
  return undefined;
}
