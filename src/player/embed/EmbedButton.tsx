// "Copy embed code": copies the <iframe> snippet of what `source` gives and shows it below, to copy by hand where
// the clipboard is refused, or says why there is none (a story too long for a link).
import { useState } from 'react';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { LINK_MAX } from '../../story/link';
import { embedCode } from './embed-link';
import './embed-button.css';

export interface EmbedSource {
  src: string;
  title: string;
}

export function EmbedButton({ source }: { source: () => Promise<EmbedSource> }) {
  const lang = useAppStore((s) => s.lang);
  const [shown, setShown] = useState<{ code?: string; error?: string } | null>(null);
  const copy = async () => {
    const { src, title } = await source();
    if (src.length > LINK_MAX) {
      setShown({ error: t(lang, 'embedTooLong', { size: src.length }) });
      return;
    }
    const code = embedCode(src, title);
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // Without clipboard permission the snippet is shown below, to copy by hand.
    }
    setShown({ code });
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t(lang, 'embedCopy')}
      </button>
      {shown && (
        <div className="embed-code" role={shown.error ? 'alert' : 'status'}>
          {shown.error ?? (
            <>
              <span>{t(lang, 'embedCopied')}</span>
              <code>{shown.code}</code>
            </>
          )}
        </div>
      )}
    </>
  );
}
