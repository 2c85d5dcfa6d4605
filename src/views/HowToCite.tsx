import { APP_NAME, APP_VERSION } from '../domain/app-info';
import { figureMessages } from '../i18n/figure-messages';
import { useMessages } from './use-messages';
import './figure-source.css';

/** The page footer: the app's name and version, and how to cite a figure made with it. */
export function HowToCite() {
  const t = useMessages(figureMessages);
  return (
    <footer className="app-cite">
      <details>
        <summary>
          {t.howToCite} · {APP_NAME} {APP_VERSION}
        </summary>
        <p>{t.citation(APP_NAME, APP_VERSION)}</p>
      </details>
    </footer>
  );
}
