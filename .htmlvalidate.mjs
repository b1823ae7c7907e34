// html-validate over the built site (test/site/html-validate.test.ts, `npm run lint:html` after a build).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The list filters apply as each control changes and announce the count in a live region; there is
    // nothing to submit, and Enter in the search box is handled by the same script. (WCAG H32 is about
    // forms whose submission changes context, which this one never does.)
    'wcag/h32': 'off',
  },
};
