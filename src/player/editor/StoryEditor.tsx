// The story editor beside the map: the story's title and summary, its scenes (each captured from the map), undo,
// play, and the story as a file or a link. Shown while a draft is open.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useRoutingDataset as useDataset } from '../../data/dataset';
import type { Lang } from '../../data/schema';
import { LANGS, LANG_LABELS, t } from '../../i18n';
import { useAppStore } from '../../store';
import { missingLangs } from '../../story/draft';
import type { StoryText } from '../../story/schema';
import { FileActions } from './FileActions';
import { SceneEditor } from './SceneEditor';
import { useKeptDrafts } from './drafts';
import { useStoryLink } from './use-story-link';
import './editor.css';

export function StoryEditor() {
  useKeptDrafts();
  useStoryLink();
  const open = useAppStore((s) => s.draft !== null);
  return open ? <EditorPanel /> : null;
}

function EditorPanel() {
  const lang = useAppStore((s) => s.lang);
  const draft = useAppStore((s) => s.draft)!;
  const at = useAppStore((s) => s.draftScene);
  const canUndo = useAppStore((s) => s.draftUndo.length > 0);
  const s = useAppStore.getState();
  const dataset = useDataset();
  const [textLang, setTextLang] = useState<Lang>(lang);
  const [dragging, setDragging] = useState<number | null>(null);

  const close = () => {
    if (useAppStore.getState().draftUnsaved && !window.confirm(t(lang, 'editorConfirmClose'))) return;
    if (useAppStore.getState().story?.id === draft.id) useAppStore.getState().closeStory();
    useAppStore.getState().closeDraft();
  };
  const head = (field: 'title' | 'summary', value: string) =>
    s.editDraft((d) => ({ ...d, [field]: { ...d[field], [textLang]: value } as StoryText }), `${field}.${textLang}`);
  const missing = (text: StoryText) => {
    const langs = missingLangs(text);
    return langs.length ? t(lang, 'editorMissing', { langs: langs.join(', ') }) : t(lang, 'editorComplete');
  };
  const onItemKey = (e: KeyboardEvent, i: number) => {
    // Alt+↑/↓ moves the scene, as list editors do; focus follows it.
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = i + (e.key === 'ArrowUp' ? -1 : 1);
    s.moveDraftScene(i, to);
    requestAnimationFrame(() => document.querySelectorAll<HTMLElement>('.editor-scene-pick')[Math.max(0, to)]?.focus());
  };
  const drop = (e: DragEvent, i: number) => {
    if (dragging === null) return;
    e.preventDefault();
    s.moveDraftScene(dragging, i);
    setDragging(null);
  };
  const scene = draft.scenes[at];

  return (
    <aside className="story-editor" aria-label={t(lang, 'editorLabel')}>
      <div className="editor-head">
        <h2>{t(lang, 'editorLabel')}</h2>
        <button type="button" disabled={!canUndo} onClick={s.undoDraft}>
          {t(lang, 'editorUndo')}
        </button>
        <button type="button" onClick={close}>
          {t(lang, 'editorClose')}
        </button>
      </div>
      <p className="editor-note">{t(lang, 'editorKept')}</p>
      <fieldset className="editor-langs">
        <legend>{t(lang, 'editorLanguage')}</legend>
        {LANGS.map((l) => (
          <label key={l}>
            <input type="radio" name="editor-lang" checked={textLang === l} onChange={() => setTextLang(l)} />
            {LANG_LABELS[l]}
          </label>
        ))}
      </fieldset>
      <label className="editor-field">
        <span>
          {t(lang, 'editorTitle')} <span className="editor-missing">{missing(draft.title)}</span>
        </span>
        <input lang={textLang} value={draft.title[textLang]} onChange={(e) => head('title', e.target.value)} />
      </label>
      <label className="editor-field">
        <span>
          {t(lang, 'editorSummary')} <span className="editor-missing">{missing(draft.summary)}</span>
        </span>
        <textarea
          lang={textLang}
          rows={2}
          value={draft.summary[textLang]}
          onChange={(e) => head('summary', e.target.value)}
        />
      </label>
      <h3 id="editor-scenes">{t(lang, 'editorScenes')}</h3>
      {draft.scenes.length === 0 && <p className="editor-note">{t(lang, 'editorNoScenes')}</p>}
      <ol className="editor-scenes" aria-labelledby="editor-scenes">
        {draft.scenes.map((sc, i) => (
          <li
            key={sc.id}
            draggable
            className={dragging === i ? 'editor-dragging' : undefined}
            onDragStart={() => setDragging(i)}
            onDragOver={(e) => dragging !== null && e.preventDefault()}
            onDrop={(e) => drop(e, i)}
            onDragEnd={() => setDragging(null)}
          >
            <button
              type="button"
              className="editor-scene-pick"
              aria-current={i === at ? 'step' : undefined}
              onClick={() => s.setDraftScene(i)}
              onKeyDown={(e) => onItemKey(e, i)}
            >
              {`${i + 1}. ${sc.caption[textLang].split('\n')[0]?.slice(0, 40) || sc.id}`}
              {missingLangs(sc.caption).length > 0 && (
                <span className="editor-missing">{` ${t(lang, 'editorMissing', { langs: missingLangs(sc.caption).join(', ') })}`}</span>
              )}
            </button>
            <button
              type="button"
              aria-label={t(lang, 'editorUp', { n: i + 1 })}
              disabled={i === 0}
              onClick={() => s.moveDraftScene(i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t(lang, 'editorDown', { n: i + 1 })}
              disabled={i === draft.scenes.length - 1}
              onClick={() => s.moveDraftScene(i, i + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="story-primary" onClick={s.addScene}>
        {t(lang, 'editorAddScene')}
      </button>
      {scene && <SceneEditor key={scene.id} scene={scene} at={at} textLang={textLang} />}
      <FileActions draft={draft} data={dataset.status === 'ready' ? dataset.data : null} />
    </aside>
  );
}
