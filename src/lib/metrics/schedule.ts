/**
 * When the weekly metrics refresh runs, for the pages that say when numbers come: the cron of
 * .github/workflows/metrics.yml, which test/workflows.test.ts holds equal to this one. Browser-safe,
 * for the compare page's script.
 */
export const METRICS_REFRESH_CRON = '23 5 * * 1';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const [minute, hour, , , weekday] = METRICS_REFRESH_CRON.split(' ') as [string, string, string, string, string];

/** "every Monday at 05:23 UTC" */
export const METRICS_REFRESH_WHEN = `every ${WEEKDAYS[Number(weekday)]} at ${hour.padStart(2, '0')}:${minute.padStart(2, '0')} UTC`;
