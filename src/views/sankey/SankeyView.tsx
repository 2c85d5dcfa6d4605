/** The Sankey view (being built). */
export function SankeyView() {
  return <p className="empty-state">The Sankey view is being built.</p>;
}
