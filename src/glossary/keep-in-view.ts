// A tooltip stays inside what shows it: the nearest ancestor that clips (a scrolling panel, the story caption) or
// the window. It is shifted sideways, and flipped above its word when there is no room below.

const MARGIN = 8;

/** The box that cuts off what overflows it: the nearest ancestor that does not let content spill, or the window. */
function clippingBox(el: HTMLElement): { left: number; right: number; top: number; bottom: number } {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = p.getBoundingClientRect();
      return {
        left: Math.max(r.left, 0),
        right: Math.min(r.right, window.innerWidth),
        top: Math.max(r.top, 0),
        bottom: Math.min(r.bottom, window.innerHeight),
      };
    }
  }
  return { left: 0, right: window.innerWidth, top: 0, bottom: window.innerHeight };
}

/** Moves an open tooltip (absolutely placed under its word) so all of it can be seen. */
export function keepInView(tip: HTMLElement): void {
  tip.style.left = '';
  tip.style.top = '';
  tip.style.bottom = '';
  const box = tip.getBoundingClientRect();
  const bound = clippingBox(tip);
  let shift = 0;
  if (box.right > bound.right - MARGIN) shift = bound.right - MARGIN - box.right;
  if (box.left + shift < bound.left + MARGIN) shift = bound.left + MARGIN - box.left;
  if (shift) tip.style.left = `${shift}px`;
  const word = tip.parentElement?.getBoundingClientRect();
  if (word && box.bottom > bound.bottom - MARGIN && word.top - box.height >= bound.top + MARGIN) {
    tip.style.top = 'auto';
    tip.style.bottom = '1.5em';
  }
}
