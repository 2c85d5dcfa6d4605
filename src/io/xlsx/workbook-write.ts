// The parts around a workbook's sheets: content types, relationships, the workbook and its
// document properties (Application names the app: its own workbooks are read back exactly).
import { escapeAttr, escapeText, type SheetOut } from './xml-write';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Document properties: the writing application, its version and the date. */
export interface WorkbookProps {
  readonly application: string;
  readonly appVersion: string;
  readonly exportedAt: string;
}

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const rels = (list: string[]) => `${HEAD}<Relationships xmlns="${PKG_REL}">${list.join('')}</Relationships>`;

/** Every part but the worksheets, comments and notes' drawings, by path. */
export function workbookParts(
  sheets: readonly SheetOut[],
  stylesXml: string,
  props: WorkbookProps,
): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides = [
    ['/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`],
    ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
    ...sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`]),
    ...sheets.flatMap((s, i) =>
      s.notes.length > 0 ? [[`/xl/comments${i + 1}.xml`, `${CT}.spreadsheetml.comments+xml`]] : [],
    ),
  ];
  parts['[Content_Types].xml'] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}</Types>`;
  parts['_rels/.rels'] = rels([
    rel('rId1', `${REL}/officeDocument`, 'xl/workbook.xml'),
    rel('rId2', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'),
    rel('rId3', `${REL}/extended-properties`, 'docProps/app.xml'),
  ]);
  parts['docProps/app.xml'] =
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${escapeText(props.application)}</Application><AppVersion>${escapeText(props.appVersion)}</AppVersion></Properties>`;
  parts['docProps/core.xml'] =
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeText(props.application)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${escapeText(props.exportedAt)}</dcterms:created></cp:coreProperties>`;
  parts['xl/workbook.xml'] =
    `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    `${sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = rels([
    ...sheets.map((_, i) => rel(`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`)),
    rel(`rId${sheets.length + 1}`, `${REL}/styles`, 'styles.xml'),
  ]);
  parts['xl/styles.xml'] = stylesXml;
  sheets.forEach((s, i) => {
    if (s.notes.length === 0) return;
    parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = rels([
      rel('rIdC', `${REL}/comments`, `../comments${i + 1}.xml`),
      rel('rIdV', `${REL}/vmlDrawing`, `../drawings/vmlDrawing${i + 1}.vml`),
    ]);
  });
  return parts;
}
