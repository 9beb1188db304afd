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

/**
 * A text built only when read: for texts that are shown only if a check fails (a row's formula in a
 * mismatch message) but would otherwise be formatted for every row of a large sheet.
 */
export function lazyText(make: () => Text): Text {
  let made: Text | undefined;
  return {
    get zh() {
      return (made ??= make()).zh;
    },
    get en() {
      return (made ??= make()).en;
    },
  };
}
