import { APP_NAME, APP_VERSION } from '../domain/app-info';
import { figureMessages } from '../i18n/figure-messages';
import { useMessages } from './use-messages';
import './figure-source.css';

/** Under the page (a div: the save note is the page footer landmark): the app's name and version, and how to cite a figure made with it. */
export function HowToCite() {
  const t = useMessages(figureMessages);
  return (
    <div className="app-cite">
      <details>
        <summary>
          {t.howToCite} · {APP_NAME} {APP_VERSION}
        </summary>
        <p>{t.citation(APP_NAME, APP_VERSION)}</p>
      </details>
    </div>
  );
}
