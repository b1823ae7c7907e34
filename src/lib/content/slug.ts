/** Entry slugs: lowercase kebab-case from a title, short enough for a file name and a URL, and a name every system can hold. */
const MAX_SLUG_LENGTH = 60;

/** Case- and accent-insensitive form: "Université" and "universite" match. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Names Windows keeps for devices, with or without an extension (Microsoft's "Naming Files": CON, PRN,
 * AUX, NUL, COM0-9, LPT0-9, in any case): a file con.md or a folder con/ cannot be checked out there.
 */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

export const isWindowsDeviceName = (slug: string) => WINDOWS_DEVICE_NAME.test(slug);

export function slugify(title: string): string {
  const slug = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // runs are one hyphen by now
  if (isWindowsDeviceName(slug)) return `${slug}-1`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'entry';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/**
 * A namer of slugs no one has: `slugify(title)`, with -2, -3, ... appended while it is taken. Each name
 * it gives is taken from then on, and it remembers where each base's count stands, so 20,000 rows of one
 * title cost 20,000 steps, not 200 million.
 */
export function slugNamer(taken: Iterable<string> = []): (title: string) => string {
  const used = new Set(taken);
  const nextNumber = new Map<string, number>();
  return (title) => {
    const base = slugify(title);
    let number = nextNumber.get(base) ?? 1;
    const candidate = () => (number === 1 ? base : `${base}-${number}`);
    while (used.has(candidate())) number++;
    const slug = candidate();
    nextNumber.set(base, number + 1);
    used.add(slug);
    return slug;
  };
}
