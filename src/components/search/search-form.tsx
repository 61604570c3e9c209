import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { SEARCH_QUERY_MAX } from "@/lib/validations/search";

type SearchFormProps = { query: string; error: string | null };

/** A plain GET form: the results page is a shareable URL and works before any script loads. */
export function SearchForm({ query, error }: SearchFormProps) {
  const t = useTranslations("search");
  return (
    <form action="/search" method="get" role="search" className="flex flex-col gap-2">
      <Label htmlFor="search-query">{t("label")}</Label>
      <div className="flex gap-2">
        <Input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={SEARCH_QUERY_MAX}
          placeholder={t("placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-query-error" : undefined}
        />
        <Button type="submit">
          <Search aria-hidden="true" className="size-4" />
          {t("submit")}
        </Button>
      </div>
      {error && (
        <p id="search-query-error" className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
