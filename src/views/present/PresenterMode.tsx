/** Full-screen presenter mode (being built). */
export function PresenterMode() {
  return null;
}
