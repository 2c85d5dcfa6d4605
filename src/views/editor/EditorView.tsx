/** The matrix editor (being built). */
export function EditorView() {
  return <p className="empty-state">The editor is being built.</p>;
}
