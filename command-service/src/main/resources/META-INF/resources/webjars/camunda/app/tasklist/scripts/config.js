// Overrides the webapp jar's app/tasklist/scripts/config.js (application resources come first on the
// class path). Reviewers work in Russian whatever their browser's language, so Russian is the only
// locale offered.
export default {
  app: {
    name: 'Задачи',
    vendor: 'Инновационные площадки:'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'DD.MM.YYYY, HH:mm',
    short: 'DD.MM.YYYY'
  },
  // form-js has no translations: this script puts its messages and date pickers into Russian and
  // confirms what a completed task recorded.
  customScripts: ['scripts/innovation-forms'],
  // The welcome message links to Camunda's welcome page, which is not deployed here.
  disableWelcomeMessage: true,
  // Nobody starts a process or creates a free task in Tasklist (styles/user-styles.css hides both
  // buttons), so the shortcut that opens the start dialog is left out.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взять выбранную задачу в работу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти к первому фильтру'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти к первому полю формы задачи'
    }
  }
};
