// The sources a scene cites, by title and date, linked when the source has an address.
import type { Lang, Source } from '../data/schema';
import { safeUrl } from '../data/safe-url';
import { t } from '../i18n';

interface Props {
  ids: readonly string[];
  sources: readonly Source[];
  lang: Lang;
}

export function SceneSources({ ids, sources, lang }: Props) {
  if (!ids.length) return null;
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <p className="story-sources">
      <span>{t(lang, 'storySources')}: </span>
      {ids.map((id, i) => {
        const s = byId.get(id);
        const label = s ? `${s.publisher}, ${s.title} (${s.date})` : id;
        const href = safeUrl(s?.url);
        return (
          <span key={id}>
            {i > 0 && '; '}
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {label}
              </a>
            ) : (
              label
            )}
          </span>
        );
      })}
    </p>
  );
}
