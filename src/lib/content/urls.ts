/** The pages of a repository and of a Hub id. Apart from the identifier parsers, which need the schema, so the page script can build them. */
export const githubUrl = (repo: string) => `https://github.com/${repo}`;
export const huggingfaceUrl = (id: string) => `https://huggingface.co/${id}`;
