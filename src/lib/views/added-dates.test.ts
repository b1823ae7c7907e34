import { expect, it } from 'vitest';
import { parseAddedLog } from './added-dates.ts';

it('takes the earliest day each entry file was added, across sections', () => {
  const log = [
    '\u00002026-12-02T10:00:00+01:00\n\ncontent/llms/new-model.md\ncontent/surveys/moved.md\ncontent/other-modalities/ecg-fm.md\n',
    '\u00002026-11-25T09:00:00+00:00\n\ncontent/llms/meditron-70b.md\ncontent/llms/moved.md\ncontent/institutes.yaml\n',
  ].join('');
  expect(parseAddedLog(log)).toEqual({
    'new-model': '2026-12-02',
    'ecg-fm': '2026-12-02',
    moved: '2026-11-25',
    'meditron-70b': '2026-11-25',
  });
});
