import { z } from "zod";
import { errorKey } from "@/lib/error-key";

/** The largest upload accepted: a phone's full-resolution JPEG fits, a video does not. */
export const PROFILE_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** What the file picker offers; the server still lets the decoder decide what is an image. */
export const PROFILE_PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";

/**
 * The settings form's upload. The file's declared type is not trusted (the browser guesses it from
 * the name): only its size is checked here, and the server decodes it to know it is an image.
 */
export const uploadProfilePhotoSchema = z.object({
  photo: z
    .instanceof(File, { error: errorKey("choosePhoto") })
    .refine((file) => file.size > 0, errorKey("choosePhoto"))
    .refine((file) => file.size <= PROFILE_PHOTO_MAX_BYTES, errorKey("photoTooLarge")),
});

export type UploadProfilePhotoInput = z.infer<typeof uploadProfilePhotoSchema>;

/** Removing takes no fields; the caller is the one whose photo goes. */
export const removeProfilePhotoSchema = z.object({});
