/** The toolbar button that starts presenter mode (being built). */
export function PresentButton() {
  return null;
}
