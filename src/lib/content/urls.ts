/** The pages of a repository and of a Hub id. Apart from the identifier parsers, which need the schema, so the page script can build them. */
export const githubUrl = (repo: string) => `https://github.com/${repo}`;
export const huggingfaceUrl = (id: string) => `https://huggingface.co/${id}`;

/**
 * Characters a URL in an entry may not hold as written: they end a value in BibTeX, CSV-ish exports, Markdown
 * and HTML attributes, and a real address never needs them unencoded (write %20, %22, %27, %7B, %7D...).
 */
export const URL_UNSAFE_CHARACTERS = /[\s"'<>\\{}`]/;

/** A character as a URL writes it encoded: %20, %7B. */
export const percentEncoded = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
