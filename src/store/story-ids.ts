// The ids of the built-in stories (the file names of geo/stories/*.json), known without loading the stories or
// their schema, so a link to a story that does not exist is refused at once.
const files = Object.keys(import.meta.glob('../../geo/stories/*.json'));
const ids = new Set(files.map((path) => path.replace(/^.*\//, '').replace(/\.json$/, '')));

export const hasStory = (id: string): boolean => ids.has(id);
