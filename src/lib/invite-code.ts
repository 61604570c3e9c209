// Invite codes are read aloud and typed on phones: no 0/O/1/l/I, case-insensitive, dashes ignored.
export const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const INVITE_CODE_LENGTH = 18;
const GROUP = 6;

/** Upper-cases and drops everything that is not part of the alphabet's characters (dashes, spaces). */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

export function formatInviteCode(normalized: string): string {
  return normalized.match(new RegExp(`.{1,${GROUP}}`, "g"))?.join("-") ?? normalized;
}

export function isWellFormedInviteCode(normalized: string): boolean {
  return (
    normalized.length === INVITE_CODE_LENGTH &&
    [...normalized].every((char) => INVITE_ALPHABET.includes(char))
  );
}

export function inviteCodeBits(): number {
  return INVITE_CODE_LENGTH * Math.log2(INVITE_ALPHABET.length);
}
