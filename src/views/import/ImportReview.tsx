/** The review dialog shown before an interactive import is committed (being built). */
export function ImportReview() {
  return null;
}
