import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ServiceWorkerUpdates, UpdateState } from '../../src/app/service-worker-registration';
import { UpdateBanner } from '../../src/app/UpdateBanner';
import type { Lang } from '../../src/domain/display-options';
import { createAppStore } from '../../src/state/store';
import { withStore } from '../support/with-store';

/** Updates frozen in one state; `reload` is a spy. */
const updatesIn = (state: UpdateState): ServiceWorkerUpdates => ({
  subscribe: () => () => {},
  getSnapshot: () => state,
  reload: fn(() => Promise.resolve()),
});

const storeIn = (lang: Lang) => () => {
  const store = createAppStore();
  store.getState().setLang(lang);
  return { store };
};

const meta = {
  title: 'App/UpdateBanner',
  component: UpdateBanner,
  decorators: [withStore()],
  loaders: [storeIn('en')],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof UpdateBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new version has installed and waits: the user decides when to reload. */
export const Ready: Story = {
  args: { updates: updatesIn('ready') },
  play: async ({ canvasElement, args }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status.textContent).toContain('A new version is ready.');
    await userEvent.click(within(status).getByRole('button', { name: 'Reload to update' }));
    await expect(args.updates.reload).toHaveBeenCalledOnce();
  },
};

/** Saving the workspace before the new version takes over. */
export const Reloading: Story = {
  args: { updates: updatesIn('reloading') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status').textContent).toContain('Saving your work and reloading…');
  },
};

/** In Japanese. */
export const Japanese: Story = {
  args: { updates: updatesIn('ready') },
  loaders: [storeIn('ja')],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: '再読み込みして更新' })).toBeTruthy();
  },
};

/** Nothing to say: nothing drawn. */
export const NoUpdate: Story = {
  args: { updates: updatesIn('none') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('status')).toBeNull();
  },
};
