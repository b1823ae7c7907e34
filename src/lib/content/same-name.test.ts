import { expect, it } from 'vitest';
import { nameAndYear, titleKey, titleNamer, withYear, yearOf } from './same-name.ts';

it('compares titles by their folded words, and reads the year a title ends with', () => {
  expect(titleKey('Med-PaLM 2')).toBe(titleKey('MedPaLM 2'));
  expect(titleKey('MedX (2026)')).not.toBe(titleKey('MedX'));
  expect(nameAndYear('MedX (2026)')).toEqual({ name: 'MedX', year: 2026 });
  expect(nameAndYear('Model (2B)')).toEqual({ name: 'Model (2B)' });
  expect([yearOf(2024), yearOf('2024-05'), yearOf('2026-11-28'), yearOf('soon'), yearOf(undefined)]).toEqual([2024, 2024, 2026, undefined, undefined]);
  expect(withYear('MedX (2025)', '2026-01')).toBe('MedX (2026)');
});

it('gives a new title the year only when an entry of another year has its name', () => {
  const nameTitle = titleNamer([{ title: 'MedX', date: '2024-03' }, { title: 'Rad', date: 2026 }]);
  expect(nameTitle('Med-X', '2026-05')).toBe('Med-X (2026)');
  // That name in that year is now taken too: a third MedX of 2026 would be the same model, which the duplicate check skips.
  expect(nameTitle('MedX', '2026-06')).toBe('MedX');
  expect(nameTitle('Rad', '2026-02')).toBe('Rad');
  expect(nameTitle('Path', '2026-02')).toBe('Path');
  expect(nameTitle('MedX', undefined)).toBe('MedX');
  expect(nameTitle('MedX (2027)', '2027-01')).toBe('MedX (2027)');
});
