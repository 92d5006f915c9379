// "Stories" in the header: opens the gallery.
import { t } from '../i18n';
import { useAppStore } from '../store';

export function StoriesButton() {
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.galleryOpen);
  const setOpen = useAppStore((s) => s.setGalleryOpen);
  return (
    <button
      type="button"
      className="stories-button"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => setOpen(true)}
    >
      {t(lang, 'storiesButton')}
    </button>
  );
}
