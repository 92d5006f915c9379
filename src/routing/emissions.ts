// CO2e per container by the method of ISO 14083 and the GLEC Framework: for each leg, the distance times a
// well-to-wheel emission intensity for its mode, per TEU at a stated payload; a route's CO2e is the sum of its legs.
// Hub operations (cranes, yards) are not counted. Intensities are ranges with their sources, like the time model.
import type { Hours, TransportMode } from './types';

/** Cargo in one TEU, tonnes: the GLEC default where the real weight is not known. */
export const PAYLOAD_T_PER_TEU = 10;
export const PAYLOAD_SOURCES = ['searoutes-co2-teu-payload'];

export interface IntensityParam {
  /** g CO2e per tonne-km, well to wheel. */
  value: Hours;
  sources: string[];
  basis: string;
}

export const CO2E_INTENSITY: Record<TransportMode, IntensityParam> = {
  rail: {
    value: { min: 1.23, typical: 11.3, max: 30 },
    sources: ['etrr-2019-ce-delft-factors', 'eurailpress-2021-utlc-co2', 'hansard-2007-defra-factors'],
    basis:
      'Typical 11.3 g/tkm for a mix of 80% electric and 20% diesel traction (CE Delft, 2014). UTLC ERA reported ' +
      '34,300 t CO2 for 513,700 TEU across the 5,430 km broad-gauge transit in Jan–Sep 2021: 12.3 g per TEU-km, ' +
      '1.23 g/tkm at 10 t a TEU, the lowest. Defra’s 2007 factor for rail freight, 30 g/tkm, the highest.',
  },
  road: {
    value: { min: 90.3, typical: 112.3, max: 149.9 },
    sources: ['etrr-2019-ce-delft-factors', 'glec-v3-articulated-wtt', 'defra-2012-hgv-factors'],
    basis:
      '90.3 g/tkm tank to wheel for road freight (CE Delft, 2014) plus 22 g/tkm well to tank for a 34–40 t ' +
      'articulated diesel truck (GLEC Framework v3.0, table 8) is the typical 112.3; all UK heavy goods vehicles ' +
      'averaged 149.9 g/tkm in Defra’s 2012 factors.',
  },
  ferry: {
    value: { min: 20, typical: 40, max: 60 },
    sources: ['hansard-2007-defra-factors'],
    basis:
      'Defra’s 2007 factors for roll-on roll-off shipping: 20 g/tkm for a large ship, 60 for a small one; the ' +
      'Caspian ferries are in between, so typical is the middle. No Caspian-specific figure was found.',
  },
  sea: {
    value: { min: 8.94, typical: 8.94, max: 12.66 },
    sources: ['glec-v31-container-lane', 'desnz-2025-container-ship'],
    basis:
      'GLEC Framework v3.1 trade-lane factor for dry container ships, 89.4 g per TEU-km well to wheel (the Europe–' +
      'Africa lane; no Asia–Europe lane factor was found): 8.94 g/tkm at 10 t a TEU. UK DESNZ 2025 gives 12.66 ' +
      'g/tkm for container ships over 8,000 TEU, the highest.',
  },
};

/** kg CO2e for one TEU over a leg. */
export function legCo2eKg(mode: TransportMode, km: number): Hours {
  const i = CO2E_INTENSITY[mode].value;
  const kg = (g: number) => (g * km * PAYLOAD_T_PER_TEU) / 1000;
  return { min: kg(i.min), typical: kg(i.typical), max: kg(i.max) };
}

export const EMISSION_SOURCES = [
  ...new Set([...PAYLOAD_SOURCES, ...Object.values(CO2E_INTENSITY).flatMap((p) => p.sources)]),
];
