// The page's language, as the host set it on <html lang>: "en" after the English switch, Indonesian otherwise.
export function pageLanguage() {
  return document.documentElement.lang === 'en' ? 'en' : 'id';
}
