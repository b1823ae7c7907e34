import { describe, expect, it } from 'vitest';
import { benchmarkFilterToParams, parseBenchmarkFilter, rowMatches, sizeBucket, type BenchmarkFilterRecord } from './benchmark-filter.ts';

const row = (fields: Partial<BenchmarkFilterRecord> = {}): BenchmarkFilterRecord => ({ access: 'open-weights', year: '2024', size: 'small', party: 'first-party', flagged: false, ...fields });

describe('benchmark page filters', () => {
  it('read and write the view in the URL, defaults left out and anything malformed ignored', () => {
    const params = new URLSearchParams('access=open-weights&access=api&year=2024&size=large&party=third-party&flagged=hide');
    const state = parseBenchmarkFilter(params);
    expect(state).toEqual({ access: ['open-weights', 'api'], year: '2024', size: 'large', party: 'third-party', hideFlagged: true });
    expect(benchmarkFilterToParams(state).toString()).toBe(params.toString());
    expect(parseBenchmarkFilter(new URLSearchParams('year=24&size=huge&party=me&flagged=yes'))).toEqual({ access: [], hideFlagged: false });
    expect(benchmarkFilterToParams(parseBenchmarkFilter(new URLSearchParams())).toString()).toBe('');
  });

  it('keep a row that matches every filter set, and hide flagged rows only when asked', () => {
    const all = parseBenchmarkFilter(new URLSearchParams());
    expect(rowMatches(row({ flagged: true }), all)).toBe(true);
    expect(rowMatches(row({ flagged: true }), { ...all, hideFlagged: true })).toBe(false);
    expect(rowMatches(row(), { ...all, access: ['gated', 'open-weights'] })).toBe(true);
    expect(rowMatches(row({ access: undefined }), { ...all, access: ['open-weights'] })).toBe(false);
    expect(rowMatches(row(), { ...all, year: '2025' })).toBe(false);
    expect(rowMatches(row(), { ...all, size: 'medium' })).toBe(false);
    expect(rowMatches(row(), { ...all, party: 'third-party' })).toBe(false);
  });

  it('buckets a parameter count into the size choices', () => {
    expect([undefined, 7e9, 10e9, 70e9, 100e9, 540e9].map(sizeBucket)).toEqual(['unknown', 'small', 'medium', 'medium', 'medium', 'large']);
  });
});
