/** The few parts of citation-js the citation records use (its packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: readonly object[] | object | string);
    /** The records read, as CSL-JSON. */
    data: object[];
    format(format: 'bibtex' | 'ris'): string;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
  export const plugins: { config: { get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean } } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string };
}
