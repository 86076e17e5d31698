// form-js 1.x words its validation messages in English inside its Validator and offers no translation hook, so this
// module (additionalModules of a Form) wraps the validator and words each message it knows in the page's language.
// A form's own patternErrorMessage, and anything form-js adds later, pass through unchanged.
import { t } from './index.js';

const messages = [
  [/^Field is required\.$/, 'formRequired'],
  [/^Field must have minimum value of (.+)\.$/, 'formMinValue'],
  [/^Field must have maximum value of (.+)\.$/, 'formMaxValue'],
  [/^Field must have minimum length of (.+)\.$/, 'formMinLength'],
  [/^Field must have maximum length of (.+)\.$/, 'formMaxLength'],
  [/^Field must match pattern (.+)\.$/, 'formPattern'],
  [/^Field must be a valid email\.$/, 'formEmail'],
  [/^Field must be a valid\s+international phone number\./, 'formPhone'],
  [/^Value is not a number\.$/, 'formNotNumber'],
  [/^Value is expected to be an integer\.$/, 'formInteger'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'formDecimals'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'formIncrement'],
  [/^Min validation value is not a valid number\.$/, 'formMinInvalid'],
  [/^Max validation value is not a valid number\.$/, 'formMaxInvalid']
];

/** One form-js validation message in the page's language. */
export function validationMessage(message) {
  for (const [pattern, key] of messages) {
    const match = pattern.exec(message);
    if (match) {
      return t(key, ...match.slice(1));
    }
  }
  return message;
}

function FormValidationLanguage(validator) {
  for (const method of ['validateField', 'validateFieldInstance']) {
    const original = validator[method].bind(validator);
    validator[method] = (...args) => original(...args).map(validationMessage);
  }
}
FormValidationLanguage.$inject = ['validator'];

export const FormValidationLanguageModule = {
  __init__: ['formValidationLanguage'],
  formValidationLanguage: ['type', FormValidationLanguage]
};
