import { presentMessages } from '../../i18n/present-messages';
import { snapshotSlide, type SlideSpec } from '../../state/present-slice';
import { useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';
import { slideTitle } from './slide-title';

export interface AddToDeckButtonProps {
  /** Which kind of slide to add; the current tab (state.view) when absent. */
  readonly view?: SlideSpec['kind'];
  /** The button's words; "Add to deck" when absent. */
  readonly label?: string;
}

/** Adds what a view shows now (country and options, frozen) to the presenter's deck, and says so. */
export function AddToDeckButton({ view, label }: AddToDeckButtonProps) {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const add = () => {
    const s = store.getState();
    const spec = snapshotSlide(s, view);
    if (!spec) {
      s.announce('', t.cannotAdd);
      return;
    }
    s.addSlide(spec);
    s.announce(t.added(store.getState().deck.length, slideTitle(spec, s.workspace, t)));
  };
  return <Button onPress={add}>{label ?? t.addToDeck}</Button>;
}
