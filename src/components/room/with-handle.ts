/**
 * "Name (@handle)" for labels and announcements, or just the name when the handle is unknown:
 * display names are free text, so two people may share one.
 */
export function withHandle(name: string, username: string): string {
  return username ? `${name} (@${username})` : name;
}
