"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { Avatar } from "@/components/people/avatar";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Label } from "@/components/ui/input";
import { initialActionState } from "@/lib/action-state";
import { errorBodySchema } from "@/lib/live/room-api";
import {
  PROFILE_PHOTO_ACCEPT,
  PROFILE_PHOTO_API,
  PROFILE_PHOTO_MAX_BYTES,
} from "@/lib/validations/profile-photo";
import type { FormAction } from "@/server/actions/action-result";

type PhotoFormProps = {
  userId: string;
  displayName: string;
  photoVersion: string | null;
  removeAction: FormAction<{ removed: boolean }>;
};

/** How the last upload went: not yet, saved, or refused (the server's words; "" for none). */
type UploadState = { ok: true } | { ok: false; message: string; tooLarge: boolean } | null;

/**
 * Sends the file's bytes to PUT /api/photos (a route, so that server actions keep a small body
 * limit). The server's refusal comes back in the reader's language.
 */
async function uploadPhoto(file: File): Promise<UploadState> {
  try {
    const response = await fetch(PROFILE_PHOTO_API, {
      method: "PUT",
      headers: { "content-type": "application/octet-stream" },
      body: file,
    });
    if (response.ok) return { ok: true };
    const body = errorBodySchema.safeParse(await response.json().catch(() => null));
    return {
      ok: false,
      message: body.success ? body.data.error.message : "",
      tooLarge: response.status === 413,
    };
  } catch {
    return { ok: false, message: "", tooLarge: false };
  }
}

/**
 * Choose, preview and upload a profile photo, or remove it. The preview is cropped the way the
 * server crops (a centred square), so what people will see is what is shown before uploading.
 * Progress, success and errors are announced in one polite live region.
 */
export function PhotoForm({ userId, displayName, photoVersion, removeAction }: PhotoFormProps) {
  const t = useTranslations("photos");
  const ids = useId();
  const router = useRouter();
  const [uploadState, setUploadState] = useState<UploadState>(null);
  const [uploading, setUploading] = useState(false);
  const [removeState, remove, removing] = useActionState(removeAction, initialActionState);
  const [preview, setPreview] = useState<string | null>(null);
  // A file the browser cannot draw (not an image at all) shows no broken picture; the server says why.
  const [brokenPreview, setBrokenPreview] = useState<string | null>(null);
  const [uploadedPreview, setUploadedPreview] = useState<string | null>(null);
  const [clientError, setClientError] = useState("");
  const [last, setLast] = useState<"upload" | "remove" | null>(null);

  function choose(file: File | undefined) {
    if (preview) URL.revokeObjectURL(preview);
    setPreview(file ? URL.createObjectURL(file) : null);
    setClientError(file && file.size > PROFILE_PHOTO_MAX_BYTES ? t("tooLarge") : "");
  }

  function submitUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("photo");
    // Checked here too: a file over the limit would be refused by the server before the form's
    // errors could be shown, and there is no point sending 20 MB to learn that.
    if (!(file instanceof File) || file.size === 0) return setClientError(t("chooseFirst"));
    if (file.size > PROFILE_PHOTO_MAX_BYTES) return setClientError(t("tooLarge"));
    setLast("upload");
    setUploadedPreview(preview);
    setUploading(true);
    void uploadPhoto(file).then((state) => {
      setUploadState(state);
      setUploading(false);
      // The page shows the photo by its version, so it re-renders with the new one.
      if (state?.ok) router.refresh();
    });
  }

  function submitRemove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLast("remove");
    startTransition(() => remove(new FormData(event.currentTarget)));
  }

  // Every refusal of an upload is about the photo, so it is shown (and announced) at the field.
  const refusal =
    uploadState && !uploadState.ok
      ? uploadState.tooLarge
        ? t("tooLarge")
        : uploadState.message || t("uploadFailed")
      : null;
  const errors = clientError ? [clientError] : last === "upload" && refusal ? [refusal] : undefined;
  // Once the chosen photo is saved, the page shows it by its new version instead of the preview.
  const showPreview =
    preview !== null &&
    preview !== brokenPreview &&
    !(uploadState?.ok === true && uploadedPreview === preview);
  const status = statusOf();

  function statusOf(): { text: string; ok: boolean } {
    if (uploading) return { text: t("uploading"), ok: true };
    if (removing) return { text: t("removing"), ok: true };
    if (last === "upload" && !clientError && uploadState?.ok) {
      return { text: t("uploaded"), ok: true };
    }
    if (last === "remove") {
      return removeState.ok
        ? { text: t("removed"), ok: true }
        : { text: removeState.message, ok: false };
    }
    return { text: "", ok: true };
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        {showPreview ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={preview}
            alt={t("preview")}
            onError={() => setBrokenPreview(preview)}
            className="size-20 shrink-0 rounded-full object-cover"
          />
        ) : (
          <Avatar userId={userId} displayName={displayName} size="lg" photoVersion={photoVersion} />
        )}
        {!photoVersion && !showPreview && <p className="text-sm text-ink-600">{t("noPhoto")}</p>}
      </div>
      <form onSubmit={submitUpload} noValidate className="flex flex-col gap-2">
        <Label htmlFor={`${ids}-photo`}>{t("choose")}</Label>
        <Input
          id={`${ids}-photo`}
          name="photo"
          type="file"
          accept={PROFILE_PHOTO_ACCEPT}
          aria-describedby={`${ids}-hint ${ids}-error`}
          aria-invalid={errors?.length ? true : undefined}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
          className="file:mr-3 file:rounded-full file:border-0 file:bg-ember-100 file:px-3 file:py-1 file:font-semibold file:text-ember-700"
        />
        <p id={`${ids}-hint`} className="text-sm text-ink-600">
          {t("hint")}
        </p>
        <FieldError id={`${ids}-error`} errors={errors} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="dark" disabled={uploading}>
            {uploading ? t("uploading") : t("upload")}
          </Button>
          {photoVersion && (
            // Submits the form below: forms cannot nest, and the two buttons belong in one row.
            <Button
              type="submit"
              form={`${ids}-remove`}
              variant="dangerOutline"
              disabled={removing}
            >
              {removing ? t("removing") : t("remove")}
            </Button>
          )}
        </div>
      </form>
      <form id={`${ids}-remove`} onSubmit={submitRemove} hidden />
      <p
        role="status"
        className={cn("text-sm font-medium", status.ok ? "text-emerald-700" : "text-red-700")}
      >
        {status.text}
      </p>
    </div>
  );
}
