import { expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

it.each([
  ['UniversitÃ©', 'Université'],
  ['ðŸ¤—', '🤗'],
  ['â€”', '—'],
  ['modelsâ€™ feasibility', 'models’ feasibility'],
  ['LIA - Avignon UniversitÃ©, Nantes UniversitÃ©', 'LIA - Avignon Université, Nantes Université'],
  ['[HuggingðŸ¤—](https://huggingface.co/x/y)', '[Hugging🤗](https://huggingface.co/x/y)'],
])('repairs %s', (broken, repaired) => {
  expect(repairMojibake(broken)).toBe(repaired);
});

it.each(['Université catholique de Louvain', 'Hugging🤗', 'A — B’s', 'Koç University İş Bank', 'plain ASCII', 'Ã alone', '™ and € signs'])(
  'leaves correct text alone: %s',
  (text) => {
    expect(repairMojibake(text)).toBe(text);
  },
);
