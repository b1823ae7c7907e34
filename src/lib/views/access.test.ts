import { expect, it } from 'vitest';
import { accessText } from './access.ts';

it('says when an API or weights were withdrawn', () => {
  expect(accessText('api')).toBe('API only');
  expect(accessText('api', '2025-09')).toBe('API only, withdrawn Sep 2025');
});
