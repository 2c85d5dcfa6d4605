import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook for React + Vite: no addons, no telemetry, nothing fetched from the network. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
