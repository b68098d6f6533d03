// Loaded by config.js (customScripts). Camunda 7.24's Tasklist draws its forms with form-js, which has
// no translations: its validation messages are fixed English strings and its date picker follows the
// browser's language with flatpickr's English calendar. Tasklist gives no hook into form-js, so this
// script works on what form-js draws: it puts the messages into Russian, turns each date picker into a
// Russian calendar from Monday that takes only real dates as ДД.ММ.ГГГГ, after a completed task
// says what was recorded, and on the login page links to where projects are read.

const MESSAGES = [
  [/^Field is required\.$/, () => 'Заполните это поле.'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Не более ${m[1]} символов.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Не менее ${m[1]} символов.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Значение не больше ${m[1]}.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Значение не меньше ${m[1]}.`],
  [/^Field must match pattern .+\.$/, () => 'Значение не соответствует образцу.'],
  [/^Field must be a valid email\.$/, () => 'Укажите адрес электронной почты.'],
  [/^Field must be a valid +international phone number.*$/, () => 'Укажите номер телефона в международном формате (+7…).'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Выберите допустимое значение; ближайшие — ${m[1]} и ${m[2]}.`]
];

const RUSSIAN_CALENDAR = {
  weekdays: {
    shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
  },
  months: {
    shorthand: ['Янв', 'Фев', 'Мар', 'Апр', 'Май', 'Июн', 'Июл', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь',
      'Октябрь', 'Ноябрь', 'Декабрь']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' — ',
  weekAbbreviation: 'Нед.',
  scrollTitle: 'Прокрутите для изменения',
  toggleTitle: 'Нажмите для переключения',
  yearAriaLabel: 'Год',
  monthAriaLabel: 'Месяц',
  time_24hr: true
};

const DATE_PLACEHOLDER = 'дд.мм.гггг';
const DATE_ERROR_CLASS = 'innovation-date-error';

/** Only a date that exists, as ДД.ММ.ГГГГ: 31.02.2023 is refused, not rolled over into March. */
function parseRussianDate(text) {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(String(text).trim());
  if (!match) {
    return undefined;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    && year >= 1900 && year <= 2100 ? date : undefined;
}

function translateMessages(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const text = item.textContent.trim();
    for (const [pattern, russian] of MESSAGES) {
      const match = pattern.exec(text);
      if (match) {
        item.textContent = russian(match);
        break;
      }
    }
  });
}

function localizeDatePickers(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (!picker || picker.innovationLocalized) {
      return;
    }
    picker.innovationLocalized = true;
    picker.set({ locale: RUSSIAN_CALENDAR, dateFormat: 'd.m.Y', parseDate: parseRussianDate });
    if (picker.monthsDropdownContainer) {
      picker.monthsDropdownContainer.querySelectorAll('option').forEach((option) => {
        option.textContent = RUSSIAN_CALENDAR.months.longhand[Number(option.value)];
      });
    }
    input.placeholder = DATE_PLACEHOLDER;
    if (picker.selectedDates.length) {
      input.value = picker.formatDate(picker.selectedDates[0], 'd.m.Y');
    }
  });
}

function datePickerInput(target) {
  return target instanceof HTMLInputElement && target.closest('.fjs-datepicker') ? target : null;
}

function rememberTypedDate(event) {
  const input = datePickerInput(event.target);
  // Only what the person typed: the picker's own input events (it empties the field) are not.
  if (input && event.isTrusted) {
    input.dataset.typed = input.value;
  }
}

/**
 * A date typed that does not exist is said so: the picker empties the field, and form-js would only
 * say that it is required.
 */
function checkTypedDate(input) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  let message = field.querySelector('.' + DATE_ERROR_CLASS);
  const typed = (input.dataset.typed || '').trim();
  const shown = input.value.trim();
  if (!typed || parseRussianDate(typed) || (shown && parseRussianDate(shown))) {
    if (message) {
      message.remove();
    }
    return;
  }
  const text = `Даты «${typed}» нет в календаре: введите дату в виде ДД.ММ.ГГГГ, например 30.09.2022.`;
  if (!message) {
    message = document.createElement('div');
    message.className = 'fjs-form-field-error ' + DATE_ERROR_CLASS;
    field.appendChild(message);
  }
  if (message.textContent !== text) {
    message.textContent = text;
  }
}

function checkTypedDateSoon(event) {
  const input = datePickerInput(event.target);
  if (input) {
    window.setTimeout(() => checkTypedDate(input), 0);
  }
}

function checkTypedDates(root) {
  root.querySelectorAll('.fjs-datepicker input[data-typed]').forEach(checkTypedDate);
}

/**
 * The due date as a date, next to Tasklist's «через 10 дн.» (styles/user-styles.css shows it): read
 * from the task Tasklist drew the line for.
 */
function showDueDates(root) {
  if (!window.angular) {
    return;
  }
  root.querySelectorAll('.due-date span[am-time-ago]').forEach((span) => {
    const scope = window.angular.element(span).scope();
    const due = scope && scope.task && scope.task.due;
    if (!due) {
      return;
    }
    const date = new Date(due);
    const two = (number) => String(number).padStart(2, '0');
    const text = `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}, `
      + `${two(date.getHours())}:${two(date.getMinutes())}`;
    if (span.getAttribute('data-due-date') !== text) {
      span.setAttribute('data-due-date', text);
    }
  });
}

// --- after a decision: what was recorded -------------------------------------------------------

let pending = null;

function taskIdInAddress() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

function engineApi(path) {
  const base = document.querySelector('base').getAttribute('engine-api');
  return fetch(base + 'engine/default/' + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)));
}

function labelOf(input) {
  const label = input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  return label ? label.textContent.replace('*', '').trim() : input.value;
}

/** What the reviewer chose, read from the form as Tasklist sends it. */
function formSummary(form) {
  const lines = [];
  form.querySelectorAll('input[type="radio"]:checked').forEach((radio) => lines.push(labelOf(radio)));
  form.querySelectorAll('.fjs-form-field').forEach((field) => {
    const input = field.querySelector('input[type="text"]:not([readonly]), input:not([type]):not([readonly])');
    const label = field.querySelector('label');
    if (input && label && input.value.trim() && field.offsetParent !== null) {
      lines.push(`${label.textContent.replace('*', '').trim()}: ${input.value.trim()}`);
    }
  });
  form.querySelectorAll('input[type="checkbox"]:checked').forEach((box) => lines.push(labelOf(box)));
  return lines;
}

function rememberCompletion(event) {
  const button = event.target.closest && event.target.closest('button');
  if (!button || button.textContent.trim() !== 'Завершить' || button.disabled) {
    return;
  }
  const form = document.querySelector('.fjs-form');
  const title = document.querySelector('h2.task');
  pending = {
    taskId: taskIdInAddress(),
    title: title ? title.textContent.trim() : 'Задача',
    summary: form ? formSummary(form) : [],
    decision: !!(form && form.querySelector('[id*="-Field_InstituteDecision"], [id*="-Field_MinistryDecision"]')),
    at: Date.now()
  };
}

function showConfirmation(title, lines) {
  let box = document.getElementById('innovation-confirmation');
  if (box) {
    box.remove();
  }
  box = document.createElement('div');
  box.id = 'innovation-confirmation';
  box.className = 'alert alert-success';
  box.setAttribute('role', 'status');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Закрыть');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  const heading = document.createElement('strong');
  heading.textContent = title;
  box.append(close, heading);
  lines.forEach((line) => {
    const paragraph = document.createElement('div');
    paragraph.className = 'innovation-confirmation-line';
    paragraph.textContent = line;
    box.appendChild(paragraph);
  });
  document.body.appendChild(box);
}

/** The decision as the process recorded it: the newest of the chain's past decisions. */
function recordedDecision(taskId) {
  return engineApi('history/task?taskId=' + encodeURIComponent(taskId))
    .then((tasks) => {
      if (!tasks.length || !tasks[0].endTime) {
        return Promise.reject('not completed');
      }
      return engineApi('history/variable-instance?variableName=pastDecisions&processInstanceId='
        + encodeURIComponent(tasks[0].processInstanceId));
    })
    .then((variables) => {
      const all = variables.length ? String(variables[0].value || '') : '';
      return all ? all.split('\n\n')[0] : Promise.reject('nothing recorded');
    });
}

function confirmCompletion() {
  if (!pending || taskIdInAddress() === pending.taskId) {
    if (pending && Date.now() - pending.at > 120000) {
      pending = null;
    }
    return;
  }
  const done = pending;
  pending = null;
  const fallback = () => showConfirmation(`Задача выполнена: «${done.title}».`,
    done.summary.length ? ['Записано: ' + done.summary.join('; ') + '.'] : []);
  if (!done.decision || !done.taskId) {
    fallback();
    return;
  }
  recordedDecision(done.taskId)
    .then((entry) => showConfirmation(`Решение записано: «${done.title}».`, entry.split('\n')))
    .catch(fallback);
}

/** The read side's addresses from command-service (innovation.tasklist.read-side-url), asked once. */
let readSide;

function readSideSettings() {
  if (!readSide) {
    const root = document.querySelector('base').getAttribute('app-root').replace(/\/[^/]*$/, '');
    readSide = fetch(root + '/tasklist/settings', { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .catch((failure) => {
        readSide = undefined;
        return Promise.reject(failure);
      });
  }
  return readSide;
}

function link(href, text) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  anchor.target = '_blank';
  anchor.rel = 'noopener';
  return anchor;
}

/**
 * Auditors cannot log in to Tasklist, and schools read more than their tasks show: the login page
 * says where projects are read, at the address the deployment configured.
 */
function showReadSide(root) {
  const form = root.querySelector('.form-signin');
  if (!form || document.getElementById('innovation-read-side') || form.dataset.innovationReadSide) {
    return;
  }
  form.dataset.innovationReadSide = 'asked';
  readSideSettings()
    .then((settings) => {
      if (!document.body.contains(form) || document.getElementById('innovation-read-side')) {
        return;
      }
      const note = document.createElement('p');
      note.id = 'innovation-read-side';
      note.append('Проекты, их показатели, отчёты и историю школы и аудиторы читают в API чтения и аудита: ',
        link(settings.readSideUrl, settings.readSideUrl), ', описание — ', link(settings.readSideDocs, 'Swagger UI'), '.');
      form.insertAdjacentElement('afterend', note);
    })
    .catch(() => delete form.dataset.innovationReadSide);
}

function watch() {
  const observer = new MutationObserver(() => {
    translateMessages(document);
    localizeDatePickers(document);
    showDueDates(document);
    checkTypedDates(document);
    showReadSide(document);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  window.setInterval(() => showDueDates(document), 1000);
  document.addEventListener('input', rememberTypedDate, true);
  document.addEventListener('blur', checkTypedDateSoon, true);
  document.addEventListener('keydown', checkTypedDateSoon, true);
  document.addEventListener('click', rememberCompletion, true);
  window.addEventListener('hashchange', confirmCompletion);
  window.setInterval(confirmCompletion, 500);
  showReadSide(document);
}

if (document.body) {
  watch();
} else {
  document.addEventListener('DOMContentLoaded', watch);
}

export default [];
