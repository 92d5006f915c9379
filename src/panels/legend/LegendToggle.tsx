// One legend entry that is also a filter switch. A hidden entry is drawn faded and struck through, so its state is
// visible without colour; assistive technology reads aria-pressed.

interface Props {
  pressed: boolean | 'mixed';
  onToggle: () => void;
  swatch: React.ReactNode;
  label: string;
}

export function LegendToggle({ pressed, onToggle, swatch, label }: Props) {
  return (
    <button type="button" className="legend-toggle" aria-pressed={pressed} onClick={onToggle}>
      {swatch}
      <span className="legend-label">{label}</span>
    </button>
  );
}
