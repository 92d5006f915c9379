export const projectRefs: import('../../src/data/schema').Source[] = [];
