/** The closed lists an entry and a benchmark choose from, and the slug shape; the schema re-exports them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The folders of content/ that hold entries, one per part of the list. */
export const SECTIONS = ['llms', 'vision', 'other-modalities', 'surveys', 'articles'] as const;
export type Section = (typeof SECTIONS)[number];
/** How a model can be used; the cards name it, so it lives here rather than beside the validator. */
export const ACCESS_LEVELS = ['open-weights', 'gated', 'api', 'not-released', 'unknown'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
export const ACCESS_LABELS: Record<Access, string> = {
  'open-weights': 'Open weights',
  gated: 'Gated weights',
  api: 'API only',
  'not-released': 'Not released',
  unknown: 'Access unknown',
};
export const MODALITIES = ['text', 'image', 'video', 'audio', 'genomics', 'structured', 'time-series'] as const;
/** The medical field an entry serves: a closed list, so a facet and a page per specialty stay meaningful. */
export const SPECIALTIES = [
  'general', 'radiology', 'pathology', 'ophthalmology', 'dermatology', 'cardiology', 'oncology',
  'genomics', 'mental-health', 'gastroenterology', 'surgery', 'neurology', 'pediatrics',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];
export const SPECIALTY_LABELS: Record<Specialty, string> = {
  general: 'General medicine',
  radiology: 'Radiology',
  pathology: 'Pathology',
  ophthalmology: 'Ophthalmology',
  dermatology: 'Dermatology',
  cardiology: 'Cardiology',
  oncology: 'Oncology',
  genomics: 'Genomics',
  'mental-health': 'Mental health',
  gastroenterology: 'Gastroenterology',
  surgery: 'Surgery',
  neurology: 'Neurology',
  pediatrics: 'Pediatrics',
};

/** What a model does: a closed list, because "general" is the specialty of most language models and does not narrow them. */
export const TASKS = [
  'question-answering', 'dialogue', 'report-generation', 'visual-question-answering', 'classification',
  'segmentation', 'detection', 'retrieval', 'reasoning-agents', 'summarisation', 'information-extraction',
  'risk-prediction', 'image-generation', 'speech-recognition', 'embeddings',
] as const;
export type Task = (typeof TASKS)[number];
export const TASK_LABELS: Record<Task, string> = {
  'question-answering': 'Question answering',
  dialogue: 'Dialogue',
  'report-generation': 'Report generation',
  'visual-question-answering': 'Visual question answering',
  classification: 'Classification',
  segmentation: 'Segmentation',
  detection: 'Detection',
  retrieval: 'Retrieval',
  'reasoning-agents': 'Reasoning and agents',
  summarisation: 'Summarisation',
  'information-extraction': 'Information extraction',
  'risk-prediction': 'Risk and outcome prediction',
  'image-generation': 'Image generation',
  'speech-recognition': 'Speech recognition',
  embeddings: 'Embeddings for other tasks',
};

export const RESULT_FLAGS = ['trained-on-benchmark', 'fine-tuned-per-dataset', 'subset', 'source-inconsistent'] as const;
