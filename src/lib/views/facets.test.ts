import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { facetChoicesHtml } from './facets.ts';

const choices = [
  { value: 'EPFL', label: 'EPFL', count: 3 },
  { value: `Children's "R&D" <Lab>`, label: `Children's "R&D" <Lab>`, count: 1 },
];

it('makes a checkbox per value with its count, escaping names and labels', () => {
  const tree = fromHtml(facetChoicesHtml('institute', choices, false), { fragment: true });
  const inputs = selectAll('input[type=checkbox]', tree);
  expect(inputs.map((input) => [input.properties.name, input.properties.value])).toEqual([['institute', 'EPFL'], ['institute', `Children's "R&D" <Lab>`]]);
  expect(selectAll('.facet-name', tree).map((name) => toString(name))).toEqual(['EPFL', `Children's "R&D" <Lab>`]);
  expect(selectAll('.facet-count', tree).map((count) => toString(count))).toEqual(['3', '1']);
  // A facet that counts the whole list gives the script no counts to update.
  expect(selectAll('[data-count-for]', tree)).toEqual([]);
});

it('marks a live facet’s counts with the facet and value the list script updates', () => {
  const tree = fromHtml(facetChoicesHtml('institute', choices, true), { fragment: true });
  expect(selectAll('.facet-count', tree).map((count) => [count.properties.dataCountFacet, count.properties.dataCountFor])).toEqual([
    ['institute', 'EPFL'],
    ['institute', `Children's "R&D" <Lab>`],
  ]);
});
