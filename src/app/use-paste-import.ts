/** Imports cells pasted onto the page (being built by the import feature). */
export function usePasteImport(): void {}
