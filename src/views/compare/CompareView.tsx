/** The comparison view (being built). */
export function CompareView() {
  return <p className="empty-state">The comparison view is being built.</p>;
}
