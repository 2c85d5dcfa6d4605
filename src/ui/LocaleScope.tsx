import { useContext, type ComponentType } from 'react';
import { I18nProvider } from 'react-aria-components';
import { LocaleContext } from './locale-context';

/** A part loaded on demand, inside react-aria's provider of the app's locale (LocaleContext). */
export function inLocale<P extends object>(Part: ComponentType<P>): ComponentType<P> {
  function Localised(props: P) {
    return (
      <I18nProvider locale={useContext(LocaleContext)}>
        <Part {...props} />
      </I18nProvider>
    );
  }
  Localised.displayName = `InLocale(${Part.displayName ?? Part.name})`;
  return Localised;
}
