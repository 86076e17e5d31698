// The words the page scripts show, in the page's language: t('instanceState.Active'), t('compareChanged', id) fills
// {0}, {1}, ... A key missing from the dictionary shows itself, so a gap is visible rather than blank.
import en from './en.json';
import id from './id.json';
import { pageLanguage } from './language.js';

const words = pageLanguage() === 'en' ? en : id;

export function t(key, ...values) {
  return (words[key] ?? key).replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)] ?? ''));
}

// The word for a value the API sends as a name (an instance state, a history event): the value itself when the
// dictionary has no word for it, e.g. a state added to the engine later.
export function named(prefix, value) {
  const key = `${prefix}.${value}`;
  return key in words ? words[key] : String(value ?? '');
}
