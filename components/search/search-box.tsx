/**
 * The one search box (header and home page): a plain GET form to /search, so it works
 * without JavaScript; with it, what is typed opens the palette, which shows results as you
 * type (components/search/palette-shell.ts hands the text over).
 */
export function SearchBox({
  id,
  label,
  placeholder,
  className,
}: {
  id: string;
  label: string;
  placeholder: string;
  className: string;
}) {
  return (
    <form role="search" action="/search" method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" name="q" placeholder={placeholder} autoComplete="off" data-palette-input="" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
