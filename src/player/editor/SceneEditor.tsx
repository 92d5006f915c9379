// One scene of the draft: what was captured from the map, its texts in the chosen language, its sources, and the
// scene's own actions (re-capture, duplicate, delete, play from here).
import { useState } from 'react';
import { useRoutingDataset as useDataset } from '../../data/dataset';
import type { Lang } from '../../data/schema';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { AUTOPLAY_SECONDS } from '../../story/autoplay';
import { missingLangs, replaceScene } from '../../story/draft';
import { DURATION_RANGE } from '../../story/validate-scene';
import type { Scene, StoryText } from '../../story/schema';
import { capturedWords } from './words';

interface Props {
  scene: Scene;
  at: number;
  textLang: Lang;
}

export function SceneEditor({ scene, at, textLang }: Props) {
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.selected);
  const editDraft = useAppStore((s) => s.editDraft);
  const { recaptureScene, duplicateDraftScene, deleteDraftScene, playDraft } = useAppStore.getState();
  const dataset = useDataset();
  const sources = dataset.status === 'ready' ? dataset.data.sources : [];
  const set = (patch: Partial<Scene>, coalesce?: string) =>
    editDraft((d) => replaceScene(d, at, { ...scene, ...patch }), coalesce);
  const text = (field: 'caption' | 'notes', value: string) =>
    set({ [field]: { ...scene[field], [textLang]: value } as StoryText }, `${scene.id}.${field}.${textLang}`);
  const missing = (field: 'caption' | 'notes') => {
    const langs = missingLangs(scene[field]);
    return langs.length ? t(lang, 'editorMissing', { langs: langs.join(', ') }) : t(lang, 'editorComplete');
  };
  const [seconds, setSeconds] = useState(String(scene.duration ?? ''));
  const drawable = scene.route !== undefined || Boolean(scene.filters?.corridors?.length);
  return (
    <section className="scene-editor" aria-labelledby="scene-editor-title">
      <h3 id="scene-editor-title">{t(lang, 'editorSceneN', { n: at + 1 })}</h3>
      <p className="scene-captured">{t(lang, 'editorCaptured', { what: capturedWords(scene) })}</p>
      <div className="editor-row">
        <button type="button" onClick={() => recaptureScene(at)}>
          {t(lang, 'editorRecapture')}
        </button>
        <button type="button" onClick={() => duplicateDraftScene(at)}>
          {t(lang, 'editorDuplicate')}
        </button>
        <button type="button" onClick={() => deleteDraftScene(at)}>
          {t(lang, 'editorDelete')}
        </button>
        <button
          type="button"
          className="story-primary"
          disabled={dataset.status !== 'ready'}
          onClick={() => dataset.status === 'ready' && playDraft(dataset.data)}
        >
          {t(lang, 'editorPlay')}
        </button>
      </div>
      <label className="editor-field">
        <span>
          {t(lang, 'editorCaption')} <span className="editor-missing">{missing('caption')}</span>
        </span>
        <textarea
          lang={textLang}
          rows={4}
          value={scene.caption[textLang]}
          onChange={(e) => text('caption', e.target.value)}
        />
      </label>
      <label className="editor-field">
        <span>
          {t(lang, 'editorNotes')} <span className="editor-missing">{missing('notes')}</span>
        </span>
        <textarea
          lang={textLang}
          rows={3}
          value={scene.notes[textLang]}
          onChange={(e) => text('notes', e.target.value)}
        />
      </label>
      <label className="editor-check">
        <input
          type="checkbox"
          disabled={!drawable}
          checked={scene.draw !== undefined}
          onChange={(e) =>
            set({
              draw: e.target.checked ? (scene.route ? 'route' : [...(scene.filters?.corridors ?? [])]) : undefined,
            })
          }
        />
        {t(lang, 'editorDraw')}
      </label>
      <label className="editor-field editor-duration">
        <span>{t(lang, 'editorDuration', { seconds: AUTOPLAY_SECONDS })}</span>
        <input
          type="number"
          min={DURATION_RANGE[0]}
          max={DURATION_RANGE[1]}
          step={1}
          placeholder={String(AUTOPLAY_SECONDS)}
          value={seconds}
          onChange={(e) => {
            // What is typed stays in the field ("1" on the way to "15"); the scene takes it once it is in range.
            setSeconds(e.target.value);
            const n = e.target.valueAsNumber;
            if (e.target.value === '' || (n >= DURATION_RANGE[0] && n <= DURATION_RANGE[1]))
              set({ duration: e.target.value === '' ? undefined : n }, `${scene.id}.duration`);
          }}
          onBlur={() => setSeconds(String(scene.duration ?? ''))}
        />
      </label>
      <div className="editor-row">
        <button
          type="button"
          disabled={!selected || scene.highlight?.includes(selected)}
          onClick={() => selected && set({ highlight: [...(scene.highlight ?? []), selected] })}
        >
          {t(lang, 'editorHighlightSelection')}
        </button>
        {scene.highlight?.length ? (
          <span>{t(lang, 'editorHighlights', { ids: scene.highlight.join(', ') })}</span>
        ) : null}
      </div>
      <label className="editor-field">
        <span>
          {t(lang, 'editorSources')}{' '}
          {scene.sources.length === 0 && <span className="editor-missing">{t(lang, 'editorNoSources')}</span>}
        </span>
        <select
          multiple
          size={6}
          value={[...scene.sources]}
          onChange={(e) => set({ sources: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.publisher}: ${s.title} (${s.date})`}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
