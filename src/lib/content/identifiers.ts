/** Turning URLs into the identifiers entries store, and identifiers back into URLs. */
import { GITHUB_REPO_PATTERN, HUGGINGFACE_ID_PATTERN } from './schema.ts';

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** decodeURIComponent, or undefined for text with a malformed escape (`%E0%A4%A`), which names no id. */
export function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The path's segments, decoded; none if one of them cannot be. */
function pathParts(url: URL): string[] {
  const parts = url.pathname.split('/').filter(Boolean).map(decodedOrUndefined);
  return parts.every((part) => part !== undefined) ? parts : [];
}

/** `https://github.com/deepmind/codoc/tree/main` -> `deepmind/codoc`. */
export function githubRepoFromUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !/^(www\.)?github\.com$/i.test(parsed.hostname)) return undefined;
  const [owner, repo] = pathParts(parsed);
  const id = owner && repo ? `${owner}/${repo.replace(/\.git$/, '')}` : undefined;
  return id && GITHUB_REPO_PATTERN.test(id) ? id : undefined;
}

/** `https://huggingface.co/datasets/a/b/tree/main` -> `datasets/a/b`; Hub API URLs too. */
export function huggingfaceIdFromUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !/^(www\.)?huggingface\.co$/i.test(parsed.hostname)) return undefined;
  let parts = pathParts(parsed);
  if (parts[0] === 'api') {
    // /api/models/owner/name is a model; /api/datasets/... keeps its kind.
    parts = parts[1] === 'models' ? parts.slice(2) : parts.slice(1);
  }
  const kind = parts[0] === 'datasets' || parts[0] === 'spaces' ? `${parts.shift()}/` : '';
  const [owner, name] = parts;
  const id = owner && name ? `${kind}${owner}/${name}` : undefined;
  return id && HUGGINGFACE_ID_PATTERN.test(id) ? id : undefined;
}

/** The arXiv id in an abs, pdf or old ftp URL, without version: `2311.16079`. */
export function arxivIdFromUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !/(^|\.)arxiv\.org$/i.test(parsed.hostname)) return undefined;
  const match = /(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/.exec(parsed.pathname);
  return match?.[1];
}

/** The month an arXiv id was submitted in: its first four digits are the year and month (2604.00493 is 2026-04). */
export function arxivMonth(id: string): string | undefined {
  const match = /^(\d{2})(0[1-9]|1[0-2])\./.exec(id);
  return match ? `20${match[1]}-${match[2]}` : undefined;
}

/** One key per paper, whatever form its URL takes (arXiv abs/pdf/versions, http/https, trailing slash). */
export function paperKey(url: string): string {
  const arxiv = arxivIdFromUrl(url);
  if (arxiv) return `arxiv:${arxiv}`;
  const parsed = parseUrl(url);
  if (!parsed) return url;
  return `${parsed.hostname.replace(/^www\./, '').toLowerCase()}${parsed.pathname.replace(/(?<!\/)\/+$/, '')}${parsed.search}`;
}

/** A canonical URL for a paper: arXiv links go to the abstract page. */
export function canonicalPaperUrl(url: string): string {
  const arxiv = arxivIdFromUrl(url);
  return arxiv ? `https://arxiv.org/abs/${arxiv}` : url;
}

/** The Semantic Scholar id a citation badge or API URL asks for: `.../graph/v1/paper/CorpusID:123?...`. */
export function semanticScholarIdFromUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const inner = parsed.searchParams.get('url');
  const target = parsed.hostname === 'api.semanticscholar.org' ? parsed : inner ? parseUrl(inner) : undefined;
  if (!target || target.hostname !== 'api.semanticscholar.org') return undefined;
  const match = /\/graph\/v1\/paper\/([^/?]+)/.exec(decodedOrUndefined(target.pathname) ?? '');
  return match?.[1];
}

export { isPlaceholderId } from './schema.ts';

/** Semantic Scholar redirects `api.semanticscholar.org/CorpusID:N` to the paper's page. */
export function semanticScholarUrl(id: string): string | undefined {
  return /^CorpusID:\d+$/.test(id) ? `https://api.semanticscholar.org/${id}` : undefined;
}
