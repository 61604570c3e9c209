import type { MetadataRoute } from "next";

// GET /manifest.webmanifest — lets phones add Hearth to the home screen with its own icon and colours.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Hearth",
    short_name: "Hearth",
    description: "Live audio rooms: a stage, an audience and a raise-hand queue.",
    start_url: "/",
    display: "standalone",
    background_color: "#fff7ed",
    theme_color: "#c2410c",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
