// The Trans-Siberian's accelerated container trains from Yekaterinburg east run at the line's own published speed;
// west of it, where the trains from Kazakhstan share the line, the Russian network's speed (from ERAI) holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset, ROUTING_FILES } from '../../src/data/load-node';
import { buildNetwork, type Network } from '../../src/routing';
import { DEFAULT_PARAMS } from '../../src/routing/params';

let net: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
});

const leg = (id: string) => net.segments[net.segmentIndex.get(id)!]!;
const kmh = (id: string) => leg(id).km / leg(id).hours.typical;
const russia = DEFAULT_PARAMS.railRegions.find((r) => r.id === 'russia')!.speed;
const transsib = DEFAULT_PARAMS.railLines.find((l) => l.id === 'trans-siberian')!.speed;

describe('speed on the Trans-Siberian', () => {
  it('runs the legs from Yekaterinburg east at the line speed, with its sources', () => {
    for (const id of ['rail_novosibirsk_yekaterinburg', 'rail_tayshet_novosibirsk', 'rail_chita_karymskaya']) {
      expect(kmh(id), id).toBeCloseTo(transsib.value.typical, 6);
      expect(leg(id).timeSources).toContain('portnews-2013-transsib-7-days');
    }
  });

  it('runs Yekaterinburg–Moscow and the Kazakh exits at the Russian network speed', () => {
    expect(kmh('rail_yekaterinburg_moscow')).toBeCloseTo(russia.value.typical, 6);
    expect(kmh('rail_chelyabinsk_samara')).toBeCloseTo(russia.value.typical, 6);
  });
});
