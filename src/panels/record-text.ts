// Words for records in the reader's language: names, kinds and statuses, which the map's tooltip and the
// announcer need from the first view. Figures, dates and seasons are in figure-text.ts, with the details.
import type { AtlasIndex, AtlasRecord } from '../data/indexes';
import type { Lang, Status } from '../data/schema';
import { t } from '../i18n';
import { legName } from '../i18n/leg-name';
import { corridorKindLabel, modeLabel, nodeKindLabel, projectKindLabel, statusLabel } from '../i18n/labels';

export function recordName(index: AtlasIndex, r: AtlasRecord, lang: Lang): string {
  if (r.type !== 'segment') return r.props.names[lang];
  if (r.props.names) return r.props.names[lang];
  const end = (id: string) => {
    const n = index.byId.get(id);
    return n && n.type !== 'segment' ? n.props.names[lang] : id;
  };
  return legName(lang, end(r.props.from), end(r.props.to));
}

/** The kind as a reader says it; a border crossing not yet open is a "planned border crossing". */
export function kindText(r: AtlasRecord, lang: Lang, status: Status = r.props.status): string {
  switch (r.type) {
    case 'segment':
      return t(lang, 'segment', { mode: modeLabel(r.props.mode, lang) });
    case 'node':
      if (r.props.kind === 'border_crossing' && status !== 'operational' && status !== 'suspended')
        return t(lang, 'node_planned_crossing');
      return nodeKindLabel(r.props.kind, lang);
    case 'project':
      return projectKindLabel(r.props.kind, lang);
    case 'corridor':
      return corridorKindLabel(r.props.kind, lang);
  }
}

export const statusText = statusLabel;
