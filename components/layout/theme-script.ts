/**
 * Runs before first paint (inlined in <head>) so a stored theme choice never flashes.
 * Kept as a constant string: the CSP allows exactly this script by its hash.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
