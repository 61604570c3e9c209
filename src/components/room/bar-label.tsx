/**
 * A control bar button's words: a short one (under the icon on a phone, beside it wider up), shown
 * but not read, since the whole name is the accessible name; the whole name is shown instead only
 * on very wide screens, where every role's controls still fit one row with it.
 */
export function BarLabel({ short, full }: { short: string; full: string }) {
  return (
    <>
      <span aria-hidden="true" className="2xl:hidden">
        {short}
      </span>
      <span className="max-2xl:sr-only">{full}</span>
    </>
  );
}
