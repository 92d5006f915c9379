// What the header search needs of the glossary, as one chunk loaded when the reader first turns to the search.
export { GlossaryCard } from './GlossaryCard';
export { searchTerms } from './search';
