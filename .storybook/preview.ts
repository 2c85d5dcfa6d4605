import type { Preview } from '@storybook/react-vite';
import '../src/app/styles.css';

/** Project-wide story settings; the app's stylesheet is loaded for every story. */
const preview: Preview = {
  parameters: { layout: 'padded' },
};

export default preview;
