// The story as a video file, 1280×720: each frame is drawn by the map at the exact camera, line progress and time
// of the schedule (story/video-timing.ts), the scene's caption burned in below, and encoded with WebCodecs — H.264
// in MP4 where the browser can encode it, VP9 or VP8 in WebM otherwise. Loaded only when a video is asked for,
// with its two small muxers.
import { ArrayBufferTarget as Mp4Target, Muxer as Mp4Muxer } from 'mp4-muxer';
import { ArrayBufferTarget as WebmTarget, Muxer as WebmMuxer } from 'webm-muxer';
import { startCapture, type MapCapture } from '../map/capture';
import { t, type Lang } from '../i18n';
import { useAppStore } from '../store';
import { DRAW_LAYER_IDS } from '../store/story-scene';
import { framed, type Viewport } from '../story/frame';
import { plainText } from '../story/markdown';
import type { PreparedStory } from '../story/session';
import {
  cameraBetween,
  easeInOut,
  frameDuration,
  framePhase,
  frameTimestamp,
  videoFilename,
  videoSchedule,
  VIDEO_FPS,
  type VideoSchedule,
} from '../story/video-timing';
import type { Camera } from '../data/camera';
import { isoDate } from './download';
import { fit, PAD, titleBlock, type TextStyle } from './image-layout';

export const VIDEO_WIDTH = 1280;
export const VIDEO_HEIGHT = 720;
/** Caption text is drawn this much larger than on a picture: a video is watched from further away. */
const TEXT_SCALE = 1.6;
/** The caption band never takes more than this share of the frame; longer captions are cut with an ellipsis. */
const MAX_BAND = 0.42;
const BITRATE = 3_000_000;
/** A key frame every two seconds, so a player can seek. */
const KEY_EVERY = 2 * VIDEO_FPS;
/** Frames the encoder may hold before the drawing waits for it (memory stays flat on a long story). */
const QUEUE = 6;

const FONT_FAMILY = "'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif";
const FONTS: Record<TextStyle, string> = {
  title: `600 18px ${FONT_FAMILY}`,
  subtitle: `13px ${FONT_FAMILY}`,
  section: `600 12px ${FONT_FAMILY}`,
  entry: `12px ${FONT_FAMILY}`,
  small: `11px ${FONT_FAMILY}`,
};
const INK: Record<TextStyle, string> = {
  title: '#1d2733',
  subtitle: '#4a5868',
  section: '#1d2733',
  entry: '#1d2733',
  small: '#4a5868',
};

interface Format {
  codec: string;
  container: 'mp4' | 'webm';
  muxerCodec: string;
}

/** In order of preference: MP4 plays nearly everywhere; WebM is what browsers without an H.264 encoder make. */
const FORMATS: Format[] = [
  { codec: 'avc1.42001f', container: 'mp4', muxerCodec: 'avc' },
  { codec: 'vp09.00.31.08', container: 'webm', muxerCodec: 'V_VP9' },
  { codec: 'vp8', container: 'webm', muxerCodec: 'V_VP8' },
];

const encoderConfig = (codec: string): VideoEncoderConfig => ({
  codec,
  width: VIDEO_WIDTH,
  height: VIDEO_HEIGHT,
  bitrate: BITRATE,
  framerate: VIDEO_FPS,
  ...(codec.startsWith('avc1') && { avc: { format: 'avc' as const } }),
});

async function chooseFormat(prefer?: 'mp4' | 'webm'): Promise<Format | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  const order = prefer
    ? [...FORMATS.filter((f) => f.container === prefer), ...FORMATS.filter((f) => f.container !== prefer)]
    : FORMATS;
  for (const f of order) {
    try {
      if ((await VideoEncoder.isConfigSupported(encoderConfig(f.codec))).supported) return f;
    } catch {
      // An unknown codec string throws in some browsers: try the next.
    }
  }
  return null;
}

export interface VideoOptions {
  prepared: PreparedStory;
  lang: Lang;
  /** Frames drawn so far, of all. */
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
  /** Only the first scenes (a preview). */
  scenes?: number;
  /** A container to try first (the other is used when the browser cannot make it). */
  prefer?: 'mp4' | 'webm';
}

export interface VideoFile {
  blob: Blob;
  filename: string;
  frames: number;
  seconds: number;
}

/** The caption band of a scene: the caption's words over the story's title, number and the map's credits. */
function captionBand(
  lines: string[],
  subtitle: string,
  attribution: string,
): { canvas: HTMLCanvasElement; height: number } {
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('2D canvas unavailable');
  const measure = (text: string, style: TextStyle) => {
    probe.font = FONTS[style];
    return probe.measureText(text).width;
  };
  const width = VIDEO_WIDTH / TEXT_SCALE;
  const inner = width - 2 * PAD;
  const limit = (VIDEO_HEIGHT * MAX_BAND) / TEXT_SCALE;
  const block = titleBlock({ title: lines.join(' '), subtitle }, inner, measure);
  const credits = fit(attribution, inner, (s) => measure(s, 'small'));
  const creditsHeight = credits ? 16 : 0;
  // Caption lines past the band's limit go; the last one kept says there is more.
  let texts = block.texts;
  let bottom = block.bottom;
  if (bottom + creditsHeight > limit) {
    const titles = texts.filter((x) => x.style === 'title');
    const room = titles.filter((x) => x.y + 34 + creditsHeight <= limit);
    const last = room.at(-1);
    if (last) last.text = `${last.text.replace(/[.…]?$/, '')}…`;
    const shift = (titles.at(-1)?.y ?? 0) - (last?.y ?? 0);
    texts = [...room, ...texts.filter((x) => x.style !== 'title').map((x) => ({ ...x, y: x.y - shift }))];
    bottom -= shift;
  }
  const height = Math.ceil((bottom + creditsHeight) * TEXT_SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = VIDEO_WIDTH;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(0, 0, VIDEO_WIDTH, height);
  ctx.scale(TEXT_SCALE, TEXT_SCALE);
  ctx.textBaseline = 'alphabetic';
  for (const x of texts) {
    ctx.font = FONTS[x.style];
    ctx.fillStyle = INK[x.style];
    ctx.fillText(x.text, x.x, x.y);
  }
  if (credits) {
    ctx.font = FONTS.small;
    ctx.fillStyle = INK.small;
    ctx.fillText(credits, PAD, bottom + 12);
  }
  return { canvas, height };
}

/** The middle 16:9 part of the map, in CSS pixels: the video shows it whole, the caption band over its foot. */
function cropOf(capture: MapCapture) {
  const { cssWidth: w, cssHeight: h } = capture;
  const aspect = VIDEO_WIDTH / VIDEO_HEIGHT;
  if (w / h > aspect) return { x: (w - h * aspect) / 2, y: 0, width: h * aspect, height: h };
  return { x: 0, y: (h - w / aspect) / 2, width: w, height: w / aspect };
}

class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/** Makes the video of the open story; the scene on screen before is shown again afterwards. */
export async function exportStoryVideo(options: VideoOptions): Promise<VideoFile> {
  const { prepared, lang, onProgress, signal } = options;
  const format = await chooseFormat(options.prefer);
  if (!format) throw new Error(t(lang, 'videoUnsupported'));
  const story = prepared.story;
  const schedule: VideoSchedule = videoSchedule(story.scenes, VIDEO_FPS, options.scenes);
  const store = useAppStore.getState();
  const returnTo = store.story?.scene ?? 0;
  const capture = startCapture((w, h) => {
    const aspect = VIDEO_WIDTH / VIDEO_HEIGHT;
    return VIDEO_WIDTH / (w / h > aspect ? h * aspect : w);
  });
  if (!capture) throw new Error(t(lang, 'videoNoMap'));

  const mp4 = format.container === 'mp4';
  const mp4Target = new Mp4Target();
  const webmTarget = new WebmTarget();
  const muxer = mp4
    ? new Mp4Muxer({
        target: mp4Target,
        video: { codec: 'avc', width: VIDEO_WIDTH, height: VIDEO_HEIGHT, frameRate: VIDEO_FPS },
        fastStart: 'in-memory',
      })
    : new WebmMuxer({
        target: webmTarget,
        video: { codec: format.muxerCodec, width: VIDEO_WIDTH, height: VIDEO_HEIGHT, frameRate: VIDEO_FPS },
      });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => {
      failure = e instanceof Error ? e : new Error(String(e));
    },
  });
  encoder.configure(encoderConfig(format.codec));

  const out = document.createElement('canvas');
  out.width = VIDEO_WIDTH;
  out.height = VIDEO_HEIGHT;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const crop = cropOf(capture);
  const toVideo = VIDEO_WIDTH / crop.width;
  const attribution = document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
  const title = story.title[lang] || story.title.en;

  let frame = 0;
  try {
    let previous: Camera | null = null;
    for (const plan of schedule.scenes) {
      const scene = story.scenes[plan.scene]!;
      const patch = prepared.patches[plan.scene]!;
      const caption = captionBand(
        plainText(scene.caption[lang] || scene.caption.en),
        `${title} · ${plan.scene + 1} / ${story.scenes.length}`,
        attribution,
      );
      // The scene is framed in the part of the map the video shows above its caption band.
      const viewport: Viewport = {
        width: capture.cssWidth,
        height: capture.cssHeight,
        inset: {
          left: crop.x,
          right: capture.cssWidth - crop.x - crop.width,
          top: crop.y,
          bottom: capture.cssHeight - crop.y - crop.height + caption.height / toVideo,
        },
      };
      useAppStore.getState().showScene(plan.scene, { instant: true });
      await capture.settle(Boolean(patch.draw));
      const target = capture.cameraFor(framed(patch.camera, viewport));
      const from = previous ?? target;
      previous = target;
      // The scene's own clock: MapLibre's time runs with the video's frames from here.
      const base = performance.now();
      for (let local = 0; local < plan.frames; local++, frame++) {
        if (signal.aborted) throw new Cancelled();
        if (failure) throw failure;
        const phase = framePhase(plan, local);
        if (phase.kind !== 'hold' || phase.first) {
          const camera = phase.kind === 'move' ? cameraBetween(from, target, phase.progress) : target;
          if (patch.draw)
            capture.drawLines(
              DRAW_LAYER_IDS,
              phase.kind === 'draw' ? easeInOut(phase.progress) : phase.kind === 'move' ? 0 : 1,
            );
          const map = await capture.render(camera, base + (local * 1000) / VIDEO_FPS);
          const r = capture.ratio;
          ctx.drawImage(map, crop.x * r, crop.y * r, crop.width * r, crop.height * r, 0, 0, VIDEO_WIDTH, VIDEO_HEIGHT);
          ctx.drawImage(caption.canvas, 0, VIDEO_HEIGHT - caption.height);
        }
        const picture = new VideoFrame(out, {
          timestamp: frameTimestamp(frame, VIDEO_FPS),
          duration: frameDuration(frame, VIDEO_FPS),
        });
        encoder.encode(picture, { keyFrame: frame % KEY_EVERY === 0 });
        picture.close();
        while (encoder.encodeQueueSize > QUEUE) await new Promise((resolve) => setTimeout(resolve, 5));
        onProgress(frame + 1, schedule.frames);
      }
    }
    await encoder.flush();
    if (failure) throw failure;
    muxer.finalize();
    const buffer = mp4 ? mp4Target.buffer : webmTarget.buffer;
    return {
      blob: new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }),
      filename: videoFilename(story.id, isoDate(), format.container),
      frames: schedule.frames,
      seconds: schedule.frames / VIDEO_FPS,
    };
  } finally {
    if (encoder.state !== 'closed') encoder.close();
    capture.end();
    useAppStore.getState().showScene(returnTo, { instant: true });
  }
}

/** Whether an error is the reader's own cancel, not a failure to report. */
export const isCancel = (err: unknown): boolean => err instanceof Error && err.name === 'AbortError';
