// What the side panel shows, by the panel view chosen in the UI slice.
import { t } from '../i18n';
import { PanelViews } from '../panels/PanelViews';
import { useAppStore } from '../store';

export function PanelContent() {
  const lang = useAppStore((s) => s.lang);
  return <PanelViews details={<p className="welcome">{t(lang, 'welcome')}</p>} />;
}
