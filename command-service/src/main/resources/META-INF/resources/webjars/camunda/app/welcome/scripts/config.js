// Overrides the webapp jar's scripts/config.js of this app: Russian is the only locale offered.
export default {
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  disableWelcomeMessage: true
};
