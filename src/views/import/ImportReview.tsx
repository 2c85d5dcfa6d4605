import { memo, useCallback, useState } from 'react';
import { ProgressBar } from 'react-aria-components';
import { importMessages } from '../../i18n/import-messages';
import { findConflicts, withNames } from '../../state/import-outcome';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { useMessages } from '../use-messages';
import { ReplaceReview } from './ReplaceReview';
import { ReviewFile } from './ReviewFile';
import { excelMessages } from '../../i18n/excel-messages';
import { withoutSkipped } from '../../state/sheet-choice';
import type { ImportReviewState } from '../../state/import-slice';
import type { Workspace } from '../../domain/workspace';
import './import-review.css';

/**
 * The review's conflicts and counts. A skipped sheet brings no country: it asks nothing, and Import
 * and the replace summary leave it out.
 */
function reviewCounts(review: ImportReviewState, workspace: Workspace) {
  const conflicts = findConflicts(
    workspace,
    review.files.map((f) => withNames(f.skipped ? { ...f.result, matrices: [] } : f.result, f.names)),
  );
  const included = withoutSkipped(review);
  const ok = included.files.filter((f) => f.result.matrices.length > 0).length;
  return { conflicts, included, ok, skipped: review.files.length - included.files.length };
}

/** Above this many files in a review, a workbook's sheets draw their stakeholder pickers when asked for. */
const COMPACT_SHEETS = 4;

/**
 * The review shown before an interactive import (picker, drop, paste) changes anything: what
 * was read, how headers were understood, conflicts and every problem. "Import" commits.
 */
export function ImportReview() {
  const t = useMessages(importMessages);
  const store = useAppStore();
  const review = useAppState((s) => s.review);
  const progress = useAppState((s) => s.progress);
  const workspace = useAppState((s) => s.workspace);
  // Import closes the dialog first and commits in the next task: tearing down a large review and
  // rendering hundreds of new countries in one task would freeze the page for ~100 ms.
  const [committing, setCommitting] = useState(false);
  const commit = useCallback(() => {
    setCommitting(true);
    setTimeout(() => {
      store.getState().confirmImport();
      setCommitting(false);
    }, 0);
  }, [store]);
  if (progress) {
    return (
      <Modal
        title={t.reading(progress.fileName, progress.index, progress.count)}
        isOpen
        onClose={() => store.getState().cancelReading()}
      >
        <ProgressBar className="progress" aria-label={t.progressLabel} value={Math.round(progress.fraction * 100)}>
          {({ percentage, valueText }) => (
            <>
              <div className="progress-track" aria-hidden="true">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
              <span className="progress-text">{valueText}</span>
            </>
          )}
        </ProgressBar>
        <div className="ui-modal-actions">
          <Button onPress={() => store.getState().cancelReading()}>{t.stopReading}</Button>
        </div>
      </Modal>
    );
  }
  if (!review) return null;
  return (
    <Modal
      title={review.pasted ? t.pastedTitle : t.reviewTitle}
      isOpen={!committing}
      onClose={() => store.getState().cancelReview()}
      className="ui-modal-wide"
    >
      <ReviewBody review={review} workspace={workspace} onImport={commit} />
    </Modal>
  );
}

/**
 * What the review shows, and its buttons. Memoised: closing the dialog on Import changes nothing here,
 * and drawing a large review again only to take it down cost as much as drawing it.
 */
const ReviewBody = memo(function ReviewBody({
  review,
  workspace,
  onImport,
}: {
  readonly review: ImportReviewState;
  readonly workspace: Workspace;
  readonly onImport: () => void;
}) {
  const t = useMessages(importMessages);
  const tx = useMessages(excelMessages);
  const store = useAppStore();
  const { conflicts, included, ok, skipped } = reviewCounts(review, workspace);
  return (
    <>
      <p className="review-summary">
        {t.summary(ok, included.files.length - ok)}
        {skipped > 0 ? ` ${tx.sheetsSkipped(skipped)}` : ''}
      </p>
      <div className="review-files">
        {review.files.map((f, i) => (
          <ReviewFile
            key={f.key}
            file={f}
            conflicts={conflicts.filter((c) => c.fileIndex === i)}
            choices={review.choices}
            compact={f.sheet !== undefined && review.files.length > COMPACT_SHEETS}
          />
        ))}
      </div>
      {/* Right above Import: what replacing will keep and drop, and which country replaces a contested one. */}
      <ReplaceReview review={included} workspace={workspace} />
      <div className="ui-modal-actions">
        <Button onPress={() => store.getState().cancelReview()}>{t.cancel}</Button>
        {/* Its name holds "Import" in every language (scripts click it, README) and the visible words (WCAG 2.5.3). */}
        <Button
          variant="primary"
          aria-label={t.import === 'Import' ? 'Import' : `${t.import} (Import)`}
          onPress={onImport}
          autoFocus
        >
          {t.import}
        </Button>
      </div>
    </>
  );
});
