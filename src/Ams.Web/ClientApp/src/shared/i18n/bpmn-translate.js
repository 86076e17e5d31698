// diagram-js's `translate` service in the page's language, for bpmn-js (palette, context pad, popup menu), the
// properties panel and bpmnlint's messages: pass it in additionalModules. English pages keep the English
// templates; Indonesian pages look them up in bpmn-id.json. Messages that bpmnlint builds by concatenation
// ("Process is missing end event") match the dictionary's "{type} is missing end event" form.
import indonesian from './bpmn-id.json';
import { pageLanguage } from './language.js';

const patterns = Object.keys(indonesian)
  .filter(key => /\{\w+\}/.test(key))
  .map(key => {
    const names = [...key.matchAll(/\{(\w+)\}/g)].map(match => match[1]);
    const source = key.split(/\{\w+\}/).map(part => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('(.+?)');
    return { key, names, regex: new RegExp(`^${source}$`) };
  });

function fill(template, replacements = {}) {
  return template.replace(/\{([^}]+)\}/g, (whole, name) => replacements[name] ?? whole);
}

function fromPattern(text) {
  for (const { key, names, regex } of patterns) {
    const match = regex.exec(text);
    if (match) {
      const values = Object.fromEntries(names.map((name, index) => [name, indonesian[match[index + 1]] ?? match[index + 1]]));
      return fill(indonesian[key], values);
    }
  }
  return null;
}

/** Translates a diagram-js template ("Open {element}") with its replacements into the page's language. */
export function translateToPage(template, replacements) {
  if (pageLanguage() === 'en' || typeof template !== 'string') {
    return fill(template, replacements);
  }
  const word = indonesian[template] ?? fromPattern(template) ?? template;
  return fill(word, replacements);
}

export const BpmnTranslateModule = {
  translate: ['value', translateToPage]
};
