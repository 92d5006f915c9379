// Strings of the year player and the comparison of two years under the year control (panels/YearCompare.tsx),
// which load with its code. zh and ru mirror these keys.
export const yearsEn = {
  yearPlay: 'Play the years',
  yearStop: 'Stop',
  yearSpeed: 'Speed',
  yearSpeedValue: '{seconds} s a year',
  compareWith: 'Compare with an earlier year',
  compareFrom: 'Earlier year',
  compareHeading: 'From {from} to {to}',
  compareNone: 'Nothing opened, started, was planned or closed between these years.',
  changeOpened: 'Opened',
  changeStarted: 'Construction started',
  changePlanned: 'Planned',
  changeClosed: 'Closed',
  compareMore: 'and {count} more',
} as const;
