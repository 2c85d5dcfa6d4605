import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { snapshotSlide, type SlideSpec } from '../../src/state/present-slice';
import { createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { PresenterMode } from '../../src/views/present/PresenterMode';

/** A store with the bundled countries, presenting a deck built by `build`. */
function presenting(build: (store: AppStore) => void): () => { store: AppStore } {
  return () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
    build(store);
    store.getState().setPresenting(true);
    return { store };
  };
}

const add = (store: AppStore, country: string, view: SlideSpec['kind'] = 'heatmap') => {
  store.getState().select(country);
  store.getState().addSlide(snapshotSlide(store.getState(), view)!);
};

const withStore: Decorator = (Story, { loaded }) => (
  <StoreProvider store={(loaded as { store: AppStore }).store}>
    <Story />
  </StoreProvider>
);

const meta = {
  title: 'Views/Presenter',
  component: PresenterMode,
  decorators: [withStore],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof PresenterMode>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A three-slide deck on its first slide: Japan's heatmap in the projector palette. */
export const HeatmapSlide: Story = {
  loaders: [
    presenting((s) =>
      ['bundled:japan.csv', 'bundled:united-states.csv', 'bundled:singapore.csv'].forEach((c) => add(s, c)),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Japan — division of X.1060 roles');
    await expect(canvas.getAllByRole('gridcell')).toHaveLength(90);
    await expect(canvas.getByText('Slide 1 of 3')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Previous slide' })).toBeDisabled();
  },
};

/** The next button (and the keyboard) moves to the second slide. */
export const SteppedToSecond: Story = {
  loaders: HeatmapSlide.loaders,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next slide' }));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'United States — division of X.1060 roles',
    );
    await userEvent.keyboard('{PageDown}');
    await expect(canvas.getByText('Slide 3 of 3')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Next slide' })).toBeDisabled();
  },
};

/** A Sankey slide, drawn by the same chart as the Sankey view. */
export const SankeySlide: Story = {
  loaders: [presenting((s) => add(s, 'bundled:singapore.csv', 'sankey'))],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Singapore — who carries which X.1060 services',
    );
    await expect(canvasElement.querySelector('svg.sankey')).not.toBeNull();
  },
};

/** In Japanese: headings, counter and buttons translated, the bundled country named in Japanese. */
export const Japanese: Story = {
  loaders: [
    presenting((s) => {
      add(s, 'bundled:japan.csv');
      s.getState().setLang('ja');
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('日本 — X.1060の役割分担');
    await expect(canvas.getByText('スライド 1 / 1')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: '終了（Esc）' })).toBeInTheDocument();
  },
};

/** An empty deck presents the current view. */
export const EmptyDeck: Story = {
  loaders: [presenting((s) => s.getState().select('bundled:united-states.csv'))],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent(
      'United States — division of X.1060 roles',
    );
  },
};

/** A comparison slide: the compared countries side by side on one scale (on parts, where the window is too small). */
export const CompareSlide: Story = {
  loaders: [presenting((s) => add(s, 'bundled:japan.csv', 'compare'))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Comparison: Japan, United States, Singapore',
    );
    await expect(canvasElement.querySelector('.presenter svg.small-multiples')).not.toBeNull();
    // On a window too small for three countries side by side (jsdom's 1024 × 768), the slide continues on parts.
    const part = canvasElement.querySelector('.presenter-slide')?.getAttribute('data-slide-part');
    const panels = [...canvasElement.querySelectorAll('.presenter svg.small-multiples .panel-titles text')];
    await expect(panels[0]).toHaveTextContent('Japan');
    if (part) await expect(part).toMatch(/^1\/[23]$/);
    else await expect(panels).toHaveLength(3);
  },
};

/** A metrics slide draws the metric bar charts; a slide whose country was removed says so. */
export const MetricsAndMissingCountry: Story = {
  loaders: [
    presenting((s) => {
      add(s, 'bundled:japan.csv', 'metrics');
      s.getState().addSlide({
        kind: 'heatmap',
        countryId: 'user:Gone',
        palette: 'ylgnbu',
        options: s.getState().heatmap,
      });
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Metrics: Japan, United States, Singapore',
    );
    await expect(canvasElement.querySelector('.presenter svg.metric-bars')).not.toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByText('This slide’s country is not in the workspace.')).toBeInTheDocument();
  },
};
