// Legend samples drawn from the same theme values as the map layers, so the key always matches the map.
import type { Mode, Status } from '../../data/schema';
import { atlasTheme as th, NOT_IN_SERVICE, type NodeKind } from '../../layers/atlas-theme';

const W = 30;
const H = 14;
const INK = '#3a4450';
/** A road's core in the key: light, so its dark casing shows as it does around a corridor's colour on the map. */
const ROAD_CORE = '#d9dee4';

function Svg({ children }: { children: React.ReactNode }) {
  return (
    <svg className="swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A line sample; `dash` is in line widths, as in the style. */
function Line({
  colour,
  width,
  dash,
  opacity = 1,
  cap = 'butt',
}: {
  colour: string;
  width: number;
  dash?: number[];
  opacity?: number;
  cap?: 'butt' | 'round';
}) {
  const dasharray =
    dash && dash.length ? dash.map((d) => Math.max(d * width, cap === 'round' ? 0.01 : 0)).join(' ') : undefined;
  return (
    <line
      x1={3}
      x2={W - 3}
      y1={H / 2}
      y2={H / 2}
      stroke={colour}
      strokeWidth={width}
      strokeDasharray={dasharray}
      strokeLinecap={cap}
      opacity={opacity}
    />
  );
}

export function CorridorSwatch({ colour }: { colour: string }) {
  return (
    <Svg>
      <Line colour={colour} width={4} />
    </Svg>
  );
}

export function ModeSwatch({ mode }: { mode: Mode }) {
  const width = 3.2 * th.modeWidth[mode];
  if (mode === 'pipeline')
    return (
      <Svg>
        <Line colour={th.pipeline.outer} width={4.5} />
        <Line colour={th.pipeline.inner} width={1.4} />
      </Svg>
    );
  const water = mode === 'sea' || mode === 'ferry';
  if (mode === 'road')
    return (
      <Svg>
        <Line colour={th.roadCasing} width={width + 2.4} />
        <Line colour={ROAD_CORE} width={width} />
      </Svg>
    );
  return (
    <Svg>
      <Line colour={INK} width={width} dash={th.modeDash[mode]} cap={water ? 'round' : 'butt'} />
    </Svg>
  );
}

export function StatusSwatch({ status }: { status: Status }) {
  const future = NOT_IN_SERVICE.includes(status);
  return (
    <Svg>
      <Line
        colour={status === 'suspended' ? th.suspended : INK}
        width={3.2}
        dash={future ? th.planDash.rail : undefined}
        opacity={th.statusOpacity[status]}
      />
    </Svg>
  );
}

export function PlaceSwatch({ kind, planned = false }: { kind: NodeKind; planned?: boolean }) {
  const { fill, radius } = th.node[kind];
  return (
    <Svg>
      <circle
        cx={W / 2}
        cy={H / 2}
        r={radius}
        fill={planned ? th.planFill : fill}
        stroke={planned ? fill : th.nodeStroke}
        strokeWidth={planned ? 2.2 : 1.3}
      />
    </Svg>
  );
}

export function ProjectSwatch({ colour }: { colour: string }) {
  return (
    <Svg>
      <circle cx={W / 2} cy={H / 2} r={4.5} fill={colour} stroke={th.nodeStroke} strokeWidth={1.2} />
    </Svg>
  );
}
