import { expect, it } from 'vitest';
import { METRICS_REFRESH_WHEN } from './schedule.ts';

it('says when the refresh runs in words, from its cron', () => {
  expect(METRICS_REFRESH_WHEN).toBe('every Monday at 05:23 UTC');
});
