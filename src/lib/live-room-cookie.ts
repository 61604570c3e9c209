// The room this browser is listening to, as a cookie the room page's server render can read: a
// render for a browser already in a room (or asked to switch rooms) must not mint a second token
// or mark the member present again. Not a secret and not trusted: it can only make the render
// skip minting, and the page then asks for a token as it always could.

export const LIVE_ROOM_COOKIE = "hearth-live-room";

export function setLiveRoomCookie(roomId: string): void {
  document.cookie = `${LIVE_ROOM_COOKIE}=${encodeURIComponent(roomId)}; path=/; samesite=lax`;
}

export function clearLiveRoomCookie(): void {
  document.cookie = `${LIVE_ROOM_COOKIE}=; path=/; max-age=0; samesite=lax`;
}
