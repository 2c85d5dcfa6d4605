// Runs every story (render + play) of the story files below as a test, via portable stories.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, describe, test } from 'vitest';
import preview from '../../.storybook/preview';
import * as heatmapStories from '../../stories/charts/Heatmap.stories';
import * as importerStories from '../../stories/views/Importer.stories';

setProjectAnnotations(preview);

/** What the tests need of a composed story. */
interface RunnableStory {
  run: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

// Story.run() would mount into document.body, which Testing Library's cleanup leaves behind.
let canvasElement: HTMLElement | undefined;
afterEach(() => {
  canvasElement?.remove();
  canvasElement = undefined;
});

function testStories(file: string, stories: Record<string, RunnableStory>) {
  describe(file, () => {
    for (const [name, Story] of Object.entries(stories)) {
      test(name, async () => {
        canvasElement = document.body.appendChild(document.createElement('div'));
        await Story.run({ canvasElement });
      });
    }
  });
}

testStories('Heatmap', composeStories(heatmapStories));
testStories('Importer', composeStories(importerStories));
