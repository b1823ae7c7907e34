import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/*.test.ts', 'test/metrics/**/*.test.ts', 'test/intake/**/*.test.ts'] },
      },
      {
        // Tests of the built site: global setup runs `astro build` once, then they read dist/.
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: ['test/site/build.ts'], hookTimeout: 300_000 },
      },
    ],
  },
});
