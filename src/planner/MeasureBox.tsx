// The measure tool's button over the map and its answer: the distance as the crow flies and along the network.
import { useNetworkDataset as useDataset } from '../data/dataset';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { SNAP_KM } from './measure';
import { useMeasure } from './use-measure';
import { networkFor } from './use-plan';
import { formatNumber, placeName } from './words';
import './measure.css';

export function MeasureBox() {
  const lang = useAppStore((s) => s.lang);
  const measuring = useAppStore((s) => s.measuring);
  const points = useAppStore((s) => s.measurePoints);
  const answer = useMeasure();
  const dataset = useDataset();
  const net = dataset.status === 'ready' ? networkFor(dataset.data) : null;
  const toggle = () => useAppStore.getState().setMeasuring(!measuring);
  return (
    <div className="measure">
      <button type="button" className="measure-toggle" aria-pressed={measuring} onClick={toggle}>
        {measuring ? t(lang, 'measureStop') : t(lang, 'measureStart')}
      </button>
      {measuring && (
        <div className="measure-answer" role="status">
          {points.length < 2 && <p>{t(lang, 'measureHint')}</p>}
          {answer && <p>{t(lang, 'measureCrow', { km: formatNumber(answer.crowKm, lang) })}</p>}
          {answer && net && answer.network && (
            <p>
              {t(lang, 'measureNetwork', {
                km: formatNumber(answer.network.km, lang),
                from: placeName(net, answer.network.from, lang),
                to: placeName(net, answer.network.to, lang),
              })}
            </p>
          )}
          {answer && !answer.network && <p>{t(lang, 'measureNoNetwork', { snap: SNAP_KM })}</p>}
        </div>
      )}
    </div>
  );
}
