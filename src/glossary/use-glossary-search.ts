// The glossary's terms are not part of the first view: the search loads them (with the card that shows a term) when
// the reader first turns to it; the details and the story captions bring them with their own code.
import { useEffect, useState } from 'react';

export type GlossarySearch = typeof import('./search-part');

let loaded: GlossarySearch | null = null;
let pending: Promise<GlossarySearch> | null = null;

function loadGlossarySearch(): Promise<GlossarySearch> {
  pending ??= import('./search-part').then(
    (m) => (loaded = m),
    (err: unknown) => {
      // A failed fetch may be tried again at the next focus.
      pending = null;
      throw err;
    },
  );
  return pending;
}

/** The glossary's search once `wanted` has held and its code has arrived; null until then. */
export function useGlossarySearch(wanted: boolean): GlossarySearch | null {
  const [part, setPart] = useState(loaded);
  useEffect(() => {
    if (!wanted || part) return;
    let live = true;
    loadGlossarySearch().then(
      (m) => live && setPart(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, part]);
  return part;
}
