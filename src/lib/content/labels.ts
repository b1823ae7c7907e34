/**
 * Each section's title and description. Apart from the schema (which re-exports them) so the comparison's
 * script names the sections without bundling zod, and apart from vocabulary.ts so the list's script, which
 * does not need them, does not load them with the lists it shares.
 */
import type { Section } from './vocabulary.ts';

export const SECTION_INFO: Record<Section, { title: string; description: string }> = {
  llms: {
    title: 'Large Language Models',
    description: 'Language models trained or adapted for medicine, biomedicine and clinical text.',
  },
  vision: {
    title: 'Large Vision Models',
    description: 'Vision and vision-language models for medical images.',
  },
  'other-modalities': {
    title: 'Other Modalities',
    description: 'Foundation models of health records, ECG and other signals, health audio and speech, and genomics for medicine.',
  },
  surveys: {
    title: 'Survey Papers & Clinical Studies',
    description: 'Surveys of the field and studies of foundation models in clinical use.',
  },
  articles: {
    title: 'Articles',
    description: 'Perspectives and commentary on foundation models in medicine.',
  },
};
