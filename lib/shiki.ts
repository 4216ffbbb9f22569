/**
 * The one shiki configuration, used by MDX at build time (contentlayer) and by any
 * runtime highlighting. Dual themes emit CSS variables so dark mode needs no second pass.
 */
export const shikiOptions = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false as const,
  langs: ['ts', 'tsx', 'js', 'json', 'bash', 'shell', 'python', 'http', 'yaml', 'xml', 'html', 'go', 'java', 'csharp', 'ruby', 'php', 'text'],
};
