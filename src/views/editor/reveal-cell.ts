/** How far a scroll position must move so that [start, end) shows in a window [view0 + lead, view1). */
export function scrollToShow(pos: number, start: number, end: number, lead: number, size: number): number {
  if (start - lead < pos) return Math.max(0, start - lead);
  if (end > pos + size) return Math.min(start - lead, end - size);
  return pos;
}

/**
 * Scrolls the grid's box (and then the page) so that a cell is wholly visible: below the sticky
 * column headings and beside, not under, the sticky row labels. The browser's scrollIntoView does
 * not know about sticky parts, so a cell it "reveals" may stay hidden beneath them.
 */
export function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const row = cell.parentElement;
  const table = cell.closest('table');
  const label = row?.querySelector('th')?.getBoundingClientRect().width ?? 0;
  const head = table?.tHead?.getBoundingClientRect().height ?? 0;
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  // The cell's place in the box's scrolled content.
  const left = c.left - b.left - box.clientLeft + box.scrollLeft;
  const top = c.top - b.top - box.clientTop + box.scrollTop;
  const x = scrollToShow(box.scrollLeft, left, left + c.width, label, box.clientWidth);
  const y = scrollToShow(box.scrollTop, top, top + c.height, head, box.clientHeight);
  if (x !== box.scrollLeft) box.scrollLeft = x;
  if (y !== box.scrollTop) box.scrollTop = y;
  // Then the page, when the cell is outside the window (a grid taller than the window's rest).
  const now = cell.getBoundingClientRect();
  const foot = footOfWindow();
  // Whole pixels, rounded away from the cell: a fraction left over left its last 0.3 px below the window.
  if (now.bottom > foot) window.scrollBy(0, Math.ceil(now.bottom - foot));
  else if (now.top - head < 0) window.scrollBy(0, Math.floor(now.top - head));
}

/** Where the window's free part ends: above the messages fixed at its foot while the Edit view is shown. */
function footOfWindow(): number {
  const messages = document.querySelector('.live-regions');
  if (!messages || getComputedStyle(messages).position !== 'fixed') return window.innerHeight;
  const box = messages.getBoundingClientRect();
  return box.height > 0 ? Math.min(window.innerHeight, box.top) : window.innerHeight;
}
