// Whether a legend entry's values are all shown (pressed), none, or some ('mixed').

/** Pressed when every value is shown, mixed when some are (a corridor with one branch hidden). */
export function pressedState(list: readonly string[] | null, values: readonly string[]): boolean | 'mixed' {
  if (list === null) return true;
  const shown = values.filter((v) => list.includes(v)).length;
  return shown === values.length ? true : shown === 0 ? false : 'mixed';
}
