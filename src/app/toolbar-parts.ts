// The toolbar's pickers and buttons, one chunk loaded right after the first screen (see lazy-views.tsx):
// they bring react-aria's Select, popovers and FileTrigger, which the heatmap does not need to be drawn.
export { CountryPicker } from '../views/CountryPicker';
export { LanguagePicker } from '../views/LanguagePicker';
export { ImportExportBar } from '../views/import/ImportExportBar';
export { PresentButton } from '../views/present/PresentButton';
