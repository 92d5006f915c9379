// "Video": the open story as a video file. The encoder and the frame code load on the first click; while the video
// is made a progress bar counts the frames and Cancel stops it, leaving the story where it was.
import { useRef, useState } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { downloadBlob } from '../export/download';

declare global {
  interface Window {
    /** The test build only: make the video of the first N scenes (a short run of the real export). */
    __atlasVideoScenes?: number;
    /** The test build only: the container to try first, so both kinds of file are tested in one browser. */
    __atlasVideoFormat?: 'mp4' | 'webm';
  }
}

type State =
  | { kind: 'idle' }
  | { kind: 'making'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export function VideoExport({ storyId }: { storyId: string }) {
  const lang = useAppStore((s) => s.lang);
  const prepared = useAppStore((s) => s.storyPrepared[storyId]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const make = async () => {
    if (!prepared || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    const { setStoryRecording, setStoryAutoplay } = useAppStore.getState();
    setStoryAutoplay(false);
    setStoryRecording(true);
    setState({ kind: 'making', done: 0, total: 0 });
    try {
      const { exportStoryVideo } = await import('../export/video');
      const test = import.meta.env.MODE === 'e2e';
      const scenes = test ? window.__atlasVideoScenes : undefined;
      const prefer = test ? window.__atlasVideoFormat : undefined;
      const file = await exportStoryVideo({
        prepared,
        lang,
        signal: controller.signal,
        scenes,
        prefer,
        onProgress: (done, total) => setState({ kind: 'making', done, total }),
      });
      downloadBlob(file.blob, file.filename);
      setState({ kind: 'done', message: t(lang, 'videoDone', { file: file.filename, seconds: file.seconds }) });
    } catch (err) {
      if (controller.signal.aborted) setState({ kind: 'done', message: t(lang, 'videoCancelled') });
      else setState({ kind: 'error', message: t(lang, 'videoFailed', { detail: (err as Error).message }) });
    } finally {
      useAppStore.getState().setStoryRecording(false);
      abort.current = null;
    }
  };

  const percent = state.kind === 'making' && state.total ? Math.floor((state.done / state.total) * 100) : 0;
  return (
    <>
      <button type="button" onClick={() => void make()} disabled={!prepared || state.kind === 'making'}>
        {t(lang, 'videoExport')}
      </button>
      {state.kind === 'making' && (
        <div className="video-export">
          <div
            className="video-progress"
            role="progressbar"
            aria-label={t(lang, 'videoProgressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t(lang, 'videoMaking', { percent })}
          >
            <span style={{ width: `${percent}%` }} />
          </div>
          <span aria-hidden="true">{t(lang, 'videoMaking', { percent })}</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t(lang, 'videoCancel')}
          </button>
        </div>
      )}
      {(state.kind === 'done' || state.kind === 'error') && (
        <p className="video-export-status" role={state.kind === 'error' ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
    </>
  );
}
