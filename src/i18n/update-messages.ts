import { defineMessages } from './define-messages';

/** Messages of the installed app: a new version waiting to take over. */
export const updateMessages = defineMessages({
  en: {
    ready: 'A new version is ready.',
    reload: 'Reload to update',
    reloading: 'Saving your work and reloading…',
  },
  ja: {
    ready: '新しいバージョンの準備ができました。',
    reload: '再読み込みして更新',
    reloading: '作業内容を保存して再読み込みしています…',
  },
});
