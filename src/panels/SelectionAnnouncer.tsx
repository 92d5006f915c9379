// Says what was selected to screen-reader users ("Selected: Khorgos, border crossing"), however it was selected:
// map click, search, list, or a link. Only changes are announced, not the state on arrival.
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { kindLabel } from './list-labels';
import { recordName } from './record-text';
import { useAtlasIndex } from './use-atlas';

export function SelectionAnnouncer() {
  const index = useAtlasIndex();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe(
        (s) => s.selected,
        (selected, previous) => {
          const lang = useAppStore.getState().lang;
          if (selected === null) {
            if (previous !== null) setMessage(t(lang, 'announceCleared'));
            return;
          }
          const r = index?.byId.get(selected);
          if (!index || !r) return;
          // The kind sits mid-sentence: "Selected: Khorgos, border crossing".
          const kind = kindLabel(r.type, r.type === 'segment' ? r.props.mode : r.props.kind, lang);
          const lowered = kind.charAt(0).toLocaleLowerCase(lang) + kind.slice(1);
          setMessage(t(lang, 'announceSelected', { name: recordName(index, r, lang), kind: lowered }));
        },
      ),
    [index],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="selection-announcer">
      {message}
    </div>
  );
}
