/**
 * The one shiki configuration, used by the Markdown pipeline at build time (contentlayer) and
 * by any runtime highlighting. Dual themes emit CSS variables so dark mode needs no second
 * pass; the high-contrast GitHub themes keep every token above WCAG AA contrast.
 */
export const shikiOptions = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false as const,
  langs: [
    'ts',
    'tsx',
    'js',
    'json',
    'bash',
    'shell',
    'python',
    'http',
    'yaml',
    'xml',
    'html',
    'go',
    'java',
    'csharp',
    'ruby',
    'php',
    'text',
  ],
};
