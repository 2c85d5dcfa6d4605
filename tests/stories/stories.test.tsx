// @vitest-environment jsdom
// Runs every story (render + play) of every file under stories/ as a test, via portable stories.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, describe, test } from 'vitest';
import preview from '../../.storybook/preview';

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

// Every story file is picked up: a new story is a new test without touching this file.
const modules = import.meta.glob<Parameters<typeof composeStories>[0]>('../../stories/**/*.stories.tsx', {
  eager: true,
});
for (const [path, module] of Object.entries(modules)) {
  testStories(
    path.replace('../../stories/', '').replace('.stories.tsx', ''),
    composeStories(module) as Record<string, RunnableStory>,
  );
}
