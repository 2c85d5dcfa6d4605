// The import machinery itself: the CSV reader (papaparse), the file readers and the import workers' runner.
// The import slice loads this module when the user first imports, pastes or is about to (prepareImport), so
// that the first screen's script does not carry it (#18); the single-file build inlines it like the rest.
export { importCsvText } from '../io/csv-import';
export { MAX_IMPORT_BYTES, tooLarge } from '../io/import-files';
export { readInBackground, warmUpWorkers } from '../io/worker/import-runner';
export { pickSheet } from '../io/xlsx/workbook-results';
