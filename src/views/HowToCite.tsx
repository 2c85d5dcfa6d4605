import { APP_VERSION } from '../domain/app-info';
import { appMessages } from '../i18n/app-messages';
import { figureMessages } from '../i18n/figure-messages';
import { useMessages } from './use-messages';
import './figure-source.css';

/** Under the page (a div: the save note is the page footer landmark): the app's name and version, and how to cite a figure made with it. */
export function HowToCite() {
  const t = useMessages(figureMessages);
  // The app's name in the display language (its title), as the page header shows it.
  const name = useMessages(appMessages).title;
  return (
    <div className="app-cite">
      <details>
        <summary>
          {t.howToCite} · {name} {APP_VERSION}
        </summary>
        <p>{t.citation(name, APP_VERSION)}</p>
      </details>
    </div>
  );
}
