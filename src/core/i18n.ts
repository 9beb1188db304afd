/** Every user-facing text exists in zh-CN (default) and English. */
export type Lang = 'zh-CN' | 'en';
export interface Text {
  zh: string;
  en: string;
}
export function t(zh: string, en: string): Text {
  return { zh, en };
}
export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}
