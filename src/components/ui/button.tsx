import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

// The one place a button's look lives. Primary is orange-700 (#c2410c): white text on it is 5.2:1,
// where the old orange-600 was 3.6:1 and failed WCAG AA.
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-full font-semibold whitespace-nowrap transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-700 disabled:cursor-not-allowed disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-ember-700 text-white hover:bg-ember-800",
        dark: "bg-ink-900 text-white hover:bg-ink-600",
        secondary: "border border-stone-300 bg-white text-ink-900 hover:bg-ember-100",
        ghost: "text-ink-900 hover:bg-ember-100",
        danger: "bg-red-700 text-white hover:bg-red-800",
        dangerOutline: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
        link: "rounded-sm px-0 py-0 text-ember-700 underline-offset-4 hover:underline",
        // A control with an on state (aria-pressed): secondary when off, primary when on.
        toggle:
          "border border-stone-300 bg-white text-ink-900 hover:bg-ember-100 aria-pressed:border-ember-700 aria-pressed:bg-ember-700 aria-pressed:text-white aria-pressed:hover:bg-ember-800",
        // Borderless white on a tinted bar (the room's reaction buttons).
        raised: "bg-white text-ink-900 shadow-sm hover:bg-ember-100",
        // A row in a small popover list of actions.
        menuItem: "w-full justify-start rounded-lg text-ink-900 hover:bg-ember-50",
        // A whole card that opens something (a person's tile in the room): no fill, stacked.
        // Its text sets its own weight and wrapping (the base is bold and one line).
        tile: "flex-col gap-1 text-ink-900 hover:bg-ember-50",
      },
      size: {
        sm: "px-3 py-1.5 text-sm",
        md: "px-5 py-2.5",
        lg: "px-6 py-3 text-lg",
        icon: "size-10 p-0",
        // The live room's control bar: smaller on phones so the bar keeps to two lines.
        compact: "px-4 py-2 sm:px-5 sm:py-2.5",
        iconCompact: "size-9 p-0 sm:size-10",
        // The room's control bar: on a phone an icon over a short word (BarLabel), one row; from
        // sm up an icon beside the whole name.
        bar: "h-12 min-w-14 flex-col gap-0.5 px-1.5 py-1 text-xs leading-none sm:h-auto sm:min-w-0 sm:flex-row sm:gap-2 sm:px-5 sm:py-2.5 sm:text-base sm:leading-normal",
        xs: "px-2 py-1",
        // The content sets the size (a tile).
        bare: "p-0",
      },
    },
    compoundVariants: [{ variant: "link", className: "px-0 py-0" }],
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the child (e.g. a next/link) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

/** A button; `type` defaults to "button", so a form's submit button says `type="submit"`. */
export function Button({
  className,
  variant,
  size,
  asChild = false,
  type = "button",
  ...props
}: ButtonProps) {
  if (asChild) {
    return <Slot.Root className={cn(buttonVariants({ variant, size }), className)} {...props} />;
  }
  return (
    <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />
  );
}
