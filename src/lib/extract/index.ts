export type { Candidate, Extraction, Part } from './candidates.ts';
export { extractCandidates, type ExtractContext } from './assemble.ts';
export { LOW_CONFIDENCE } from './confidence.ts';
export { createPlaceFinder } from './places.ts';
export { prepareText } from './text.ts';
