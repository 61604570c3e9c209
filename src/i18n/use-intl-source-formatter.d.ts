// use-intl's own formatter (it parses ICU), under the second name next.config.ts gives it: the
// first, "use-intl/format-message", is pointed at src/i18n/format-message.ts.
declare module "use-intl-source-formatter" {
  export { default } from "use-intl/format-message";
}
