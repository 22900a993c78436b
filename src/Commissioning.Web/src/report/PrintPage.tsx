/**
 * The running header and footer of every printed page (A4): commissioner, quarter, when generated, page numbers.
 * They are CSS page-margin boxes, whose text must be in the style sheet, so it is written here from the report.
 */
export function PrintPage({ commissioner, quarter, generatedAt }: { commissioner: string; quarter: string; generatedAt: string }) {
  const generated = generatedAt.slice(0, 16).replace('T', ' ');
  const css = `@page {
  @top-left { content: ${cssString(commissioner)}; }
  @top-right { content: ${cssString(`Assurance report ${quarter}`)}; }
  @bottom-left { content: ${cssString(`Generated ${generated} UTC`)}; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); }
}`;
  return <style>{css}</style>;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped, so report text cannot end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}
