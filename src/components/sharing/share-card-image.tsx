import { ImageResponse } from "next/og";
import type { ShareImageText } from "@/server/sharing/share-image-text";

// Drawn by next/og (satori): inline styles only, and every box with several children is a flex box.
// Colours are the theme's (src/app/globals.css); the font is next/og's bundled Geist.

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const EMBER_50 = "#fff7ed";
const EMBER_100 = "#ffedd5";
const EMBER_700 = "#c2410c";
const INK_900 = "#1c1917";
const INK_600 = "#57534e";

// The app icon (src/app/icon.svg): the flame on an ember tile.
function FlameTile({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64">
      <rect width="64" height="64" rx="14" fill={EMBER_700} />
      <path
        transform="translate(8 7) scale(2)"
        fill="none"
        stroke={EMBER_50}
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M12 3q1 4 4 6.5t3 5.5a1 1 0 0 1-14 0 5 5 0 0 1 1-3 1 1 0 0 0 5 0c0-2-1.5-3-1.5-5q0-2 2.5-4"
      />
    </svg>
  );
}

function Badge({ text, isLive }: { text: string; isLive: boolean }) {
  return (
    <div
      style={{
        display: "flex",
        alignItems: "center",
        gap: 12,
        padding: "10px 24px",
        borderRadius: 999,
        fontSize: 28,
        background: isLive ? EMBER_700 : EMBER_100,
        color: isLive ? "#ffffff" : EMBER_700,
      }}
    >
      {isLive && <div style={{ width: 14, height: 14, borderRadius: 7, background: "#ffffff" }} />}
      <div>{text}</div>
    </div>
  );
}

function CardArt({ text }: { text: ShareImageText }) {
  const isGeneric = text.subtitle === null && text.body === null && text.badge === null;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        padding: 28,
        background: EMBER_700,
        fontFamily: "geist",
      }}
    >
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "48px 64px",
          borderRadius: 36,
          background: EMBER_50,
          color: INK_900,
        }}
      >
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", alignItems: "center", gap: 18, fontSize: 44 }}>
            <FlameTile size={64} />
            <div style={{ letterSpacing: -1 }}>Hearth</div>
          </div>
          {text.badge && <Badge text={text.badge} isLive={text.isLive} />}
        </div>

        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          {text.title && (
            <div
              style={{
                display: "block",
                lineClamp: isGeneric ? 1 : 2,
                fontSize: isGeneric ? 80 : 64,
                lineHeight: 1.15,
                letterSpacing: -1,
                textAlign: "left",
              }}
            >
              {text.title}
            </div>
          )}
          {text.subtitle && (
            <div
              style={{
                display: "block",
                lineClamp: 1,
                fontSize: 34,
                color: INK_600,
                textAlign: "left",
              }}
            >
              {text.subtitle}
            </div>
          )}
          {text.body && (
            <div
              style={{
                display: "block",
                lineClamp: 2,
                fontSize: 30,
                lineHeight: 1.35,
                color: INK_600,
              }}
            >
              {text.body}
            </div>
          )}
        </div>

        <div
          style={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            paddingTop: 24,
            borderTop: `2px solid ${EMBER_100}`,
            fontSize: 28,
            color: INK_600,
          }}
        >
          <div>{text.tagline}</div>
          {text.footer && <div style={{ color: EMBER_700 }}>{text.footer}</div>}
        </div>
      </div>
    </div>
  );
}

/** The PNG of a share card. */
export function renderShareImage(text: ShareImageText, headers: Record<string, string>) {
  return new ImageResponse(<CardArt text={text} />, { ...SHARE_IMAGE_SIZE, headers });
}
