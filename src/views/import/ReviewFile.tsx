import { ENCODING_LABELS, TEXT_ENCODINGS, type TextEncodingName } from '../../io/decode-text';
import { importMessages } from '../../i18n/import-messages';
import type { Conflict, ConflictChoice } from '../../state/import-outcome';
import { conflictKey, type PendingFile } from '../../state/import-slice';
import { useAppState, useAppStore } from '../../state/store-context';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import { ProblemList } from './ProblemList';
import { UnlistedCells } from './UnlistedCells';
import { SheetChoice } from './SheetChoice';
import { ReviewHeaders } from './SheetHeaders';
import { excelMessages } from '../../i18n/excel-messages';

const MAX_NAMES = 8;

export interface ReviewFileProps {
  readonly file: PendingFile;
  readonly conflicts: readonly Conflict[];
  readonly choices: Readonly<Record<string, ConflictChoice>>;
  /** A sheet of a review of many sheets: its stakeholder pickers are drawn when asked for. */
  readonly compact?: boolean;
}

/** One file of the review: what was read, how headers were understood, conflicts and problems. */
export function ReviewFile({ file, conflicts, choices, compact = false }: ReviewFileProps) {
  const t = useMessages(importMessages);
  const tx = useMessages(excelMessages);
  const { result } = file;
  const blocked = result.matrices.length === 0;
  return (
    <section className={`review-file${blocked ? ' review-file-blocked' : ''}`} aria-label={result.fileName}>
      <h3 className="review-file-name">
        {result.fileName} —{' '}
        <span className="review-verdict">{file.skipped ? tx.sheetSkipped : blocked ? t.fileBlocked : t.fileOk}</span>
      </h3>
      <SheetChoice file={file} />
      <FileFacts file={file} />
      <UnlistedCells file={file} />
      {file.bytes && file.sheet === undefined && <EncodingChoice file={file} />}
      {!blocked && result.matrices.length <= MAX_NAMES && <IncomingNames file={file} />}
      {conflicts.length > 0 && <ConflictChoices fileKey={file.key} conflicts={conflicts} choices={choices} />}
      {/* Problems first: below a long heading table, a rejected file's errors were out of view. */}
      <ProblemList problems={result.problems} />
      <ReviewHeaders file={file} compact={compact} />
    </section>
  );
}

/** What was read: the format and delimiter, and (when it can be imported) its countries, rows and stakeholders. */
function FileFacts({ file }: { readonly file: PendingFile }) {
  const t = useMessages(importMessages);
  const lang = useAppState((s) => s.lang);
  const { result } = file;
  const blocked = result.matrices.length === 0;
  const names = result.matrices.map((m) => m.country);
  const rows = result.matrices.reduce((n, m) => n + m.rows.length, 0);
  const stakeholders = new Set(result.matrices.flatMap((m) => m.stakeholders.map((s) => s.key))).size;
  return (
    <dl className="review-facts">
      <div>
        <dt>{t.format}</dt>
        <dd>
          {t.formats(result.format)}
          {result.delimiter && result.format !== 'json'
            ? ` · ${t.delimiter}${t.colon}${t.delimiters(result.delimiter)}`
            : ''}
        </dd>
      </div>
      {!blocked && (
        <div>
          <dt>{t.countries}</dt>
          <dd>
            {names.slice(0, MAX_NAMES).join(t.listSeparator)}
            {names.length > MAX_NAMES ? t.countriesMore(names.length) : ''}
          </dd>
        </div>
      )}
      {!blocked && (
        <div>
          <dt>{t.rows}</dt>
          <dd>{rows.toLocaleString(lang)}</dd>
        </div>
      )}
      {!blocked && (
        <div>
          <dt>{t.stakeholders}</dt>
          <dd>{stakeholders.toLocaleString(lang)}</dd>
        </div>
      )}
    </dl>
  );
}

/** The text encoding the file is read with: the detected one, or one the user picks (the file is read again). */
function EncodingChoice({ file }: { readonly file: PendingFile }) {
  const t = useMessages(importMessages);
  const store = useAppStore();
  const detected = file.result.encoding ? ENCODING_LABELS[file.result.encoding] : '';
  return (
    <Select
      className="review-encoding"
      label={t.encoding}
      value={file.encoding ?? 'auto'}
      options={[
        { id: 'auto', label: t.encodingAuto(detected) },
        ...TEXT_ENCODINGS.map((e) => ({ id: e, label: ENCODING_LABELS[e] })),
      ]}
      onChange={(id) =>
        void store.getState().setReviewEncoding(file.key, id === 'auto' ? undefined : (id as TextEncodingName))
      }
    />
  );
}

/** The names the file's countries will have: one field per name (two countries of one name are renamed together). */
function IncomingNames({ file }: { readonly file: PendingFile }) {
  const t = useMessages(importMessages);
  const store = useAppStore();
  const names = [...new Set(file.result.matrices.map((m) => m.country))];
  return (
    <fieldset className="review-names">
      <legend>{t.namesTitle}</legend>
      {names.map((country) => (
        <label key={country} className="textfield">
          <span className="select-label">{t.nameOf(country)}</span>
          <input
            className="textfield-input"
            value={file.names?.[country] ?? country}
            onChange={(e) => store.getState().renameIncoming(file.key, country, e.target.value)}
          />
        </label>
      ))}
      <p className="field-help">{t.namesHelp}</p>
    </fieldset>
  );
}

interface ConflictsProps {
  readonly fileKey: number;
  readonly conflicts: readonly Conflict[];
  readonly choices: Readonly<Record<string, ConflictChoice>>;
}

/** What to do with each incoming country that is already loaded: replace it, keep both, or skip it. */
function ConflictChoices({ fileKey, conflicts, choices }: ConflictsProps) {
  const t = useMessages(importMessages);
  const store = useAppStore();
  return (
    <fieldset className="review-conflicts">
      <legend>{t.conflictsTitle}</legend>
      {conflicts.length > 1 && <AllConflicts fileKey={fileKey} conflicts={conflicts} choices={choices} />}
      {conflicts.slice(0, MAX_NAMES).map((c) => (
        <div key={c.country}>
          <Select
            label={t.conflictQuestion(c.country)}
            value={choices[conflictKey(fileKey, c.country)] ?? 'keep-both'}
            options={[
              ...(c.bundled ? [] : [{ id: 'replace', label: t.replace }]),
              { id: 'keep-both', label: t.keepBoth },
              { id: 'skip', label: t.skip },
            ]}
            onChange={(id) => store.getState().chooseConflict(fileKey, c.country, id as ConflictChoice)}
          />
          {c.bundled && <p className="field-help">{t.bundledNote}</p>}
        </div>
      ))}
      {conflicts.length > MAX_NAMES && <p className="field-help">{t.conflictsMore(conflicts.length - MAX_NAMES)}</p>}
    </fieldset>
  );
}

/**
 * One choice for every country of the file that is already loaded: re-importing a file of 300
 * countries must not take 300 choices (only the first few are listed one by one).
 */
function AllConflicts({ fileKey, conflicts, choices }: ConflictsProps) {
  const t = useMessages(importMessages);
  const store = useAppStore();
  const chosen = new Set(conflicts.map((c) => choices[conflictKey(fileKey, c.country)] ?? 'keep-both'));
  // Bundled countries keep "keep both" under "replace all": they do not make the choice mixed.
  const replaceAll = conflicts.every(
    (c) => (choices[conflictKey(fileKey, c.country)] ?? 'keep-both') === (c.bundled ? 'keep-both' : 'replace'),
  );
  const value =
    replaceAll && conflicts.some((c) => !c.bundled) ? 'replace' : chosen.size === 1 ? [...chosen][0]! : 'mixed';
  return (
    <div className="review-conflicts-all">
      <Select
        label={t.conflictAll(conflicts.length)}
        value={value}
        options={[
          ...(conflicts.every((c) => c.bundled) ? [] : [{ id: 'replace', label: t.replace }]),
          { id: 'keep-both', label: t.keepBoth },
          { id: 'skip', label: t.skip },
          ...(value === 'mixed' ? [{ id: 'mixed', label: t.conflictMixed }] : []),
        ]}
        onChange={(id) =>
          id !== 'mixed' && store.getState().chooseAllConflicts(fileKey, conflicts, id as ConflictChoice)
        }
      />
      {conflicts.some((c) => c.bundled) && <p className="field-help">{t.conflictAllHelp}</p>}
    </div>
  );
}
