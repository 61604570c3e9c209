import { z } from "zod";

/** The largest upload accepted: a phone's full-resolution JPEG fits, a video does not. */
export const PROFILE_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** What the file picker offers; the server still lets the decoder decide what is an image. */
export const PROFILE_PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";

/** Where the settings form sends a new photo: PUT, the file's bytes as the body. */
export const PROFILE_PHOTO_API = "/api/photos";

/** Removing takes no fields; the caller is the one whose photo goes. */
export const removeProfilePhotoSchema = z.object({});
