import { afterAll, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { ACTIONS, ROUTES, SURFACE, toFormData } from "../fixtures/app-surface";
import {
  CALLER_KINDS,
  freshWorld,
  type CallerKind,
  type World,
} from "../fixtures/permission-world";
import {
  callAction,
  callerHeaders,
  callRoute,
  discoverSurface,
  wellFormedCall,
} from "../support/call-surface";
import {
  changedTables,
  emptyAllTables,
  fingerprint,
  THROTTLE_TABLES,
  type Fingerprint,
} from "../support/db-fingerprint";

type Row = readonly [
  signedOut: number,
  listener: number,
  speaker: number,
  moderator: number,
  host: number,
  otherRoomModerator: number,
  outsider: number,
  banned: number,
  disabled: number,
  admin: number,
];

// The world (tests/fixtures/permission-world.ts): a live club room with its host, a moderator, a
// speaker and a listener present; a moderator of another room (a club member, so they see this
// one); an outsider (not in the club, so the room does not exist for them); a member the host
// removed; a club member whose account is disabled; a platform admin outside the club.
// 303 is a server action that succeeded and sent the browser on (redirect).
//
//                                     out  lis  spk  mod  host oMod outs ban  dis  admin
// prettier-ignore
const ANYONE_SIGNED_IN: Row =         [401, 200, 200, 200, 200, 200, 200, 200, 401, 200];
// prettier-ignore
const ANYONE_REDIRECTED: Row =        [401, 303, 303, 303, 303, 303, 303, 303, 401, 303];
// prettier-ignore
const MODERATORS: Row =               [401, 403, 403, 200, 200, 403, 404, 403, 401, 404];

// prettier-ignore
const EXPECTED: Record<string, Row> = {
  "POST rooms (open)":                ANYONE_SIGNED_IN,
  "POST rooms (club)":                [401, 403, 403, 403, 200, 403, 403, 403, 401, 403],
  "POST token":                       [401, 200, 200, 200, 200, 200, 404, 403, 401, 404],
  // A join ticket is decided as the join is, and writes nothing (not in EFFECTS below).
  "POST ticket":                      [401, 200, 200, 200, 200, 200, 404, 403, 401, 404],
  "POST chat":                        [401, 200, 200, 200, 200, 404, 404, 404, 401, 404],
  "POST reactions":                   [401, 200, 200, 200, 200, 404, 404, 404, 401, 404],
  // Pings (docs/social.md): from inside the room; only `friend` follows anyone (the host), so
  // only the host's ping is sent, and everyone else present is told they cannot ping them.
  "GET pings":                        [401, 200, 200, 200, 200, 403, 404, 403, 401, 404],
  "POST pings":                       [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  "POST stage/hand":                  [401, 200, 409, 409, 409, 403, 404, 403, 401, 404],
  "DELETE stage/hand":                [401, 200, 200, 200, 200, 200, 404, 403, 401, 404],
  "POST stage/invite":                MODERATORS,
  // Nobody in the world holds an invitation to speak: accepting one is a conflict for everyone
  // who may see the room, declining none changes nothing (tests/integration/stage-invitations).
  "POST stage/invitation":            [401, 409, 409, 409, 409, 409, 404, 403, 401, 404],
  "DELETE stage/invitation":          [401, 200, 200, 200, 200, 200, 404, 403, 401, 404],
  "POST stage/leave":                 [401, 409, 200, 200, 409, 409, 404, 403, 401, 404],
  // A listener asking is told their role; nobody in the world is connected to LiveKit, so people
  // on stage are answered after the grant's short wait for their connection.
  "POST stage/grant":                 [401, 200, 200, 200, 200, 404, 404, 403, 401, 404],
  // A page's "still connected" beat counts only for someone present on this stage; anyone else's
  // changes nothing and is answered the same, so it tells nobody whether the room exists.
  "POST stage/beat":                  ANYONE_SIGNED_IN,
  "POST stage/dismiss":               MODERATORS,
  "POST stage/audience":              MODERATORS,
  "POST stage/mute":                  MODERATORS,
  "POST stage/moderator":             MODERATORS,
  "DELETE stage/moderator":           MODERATORS,
  "POST stage/remove":                MODERATORS,
  "PUT stage/hand-raising":           MODERATORS,
  "GET stage/log":                    MODERATORS,
  "POST end":                         [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  // The chat so far is for people in the room now, as sending is.
  "GET chat":                         [401, 200, 200, 200, 200, 404, 404, 404, 401, 404],
  "POST hand-over":                   [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  // A live room has no summary yet, and only its host ever gets one: nothing to refuse.
  "GET summary":                      ANYONE_SIGNED_IN,
  // The world holds no replay yet, so these prove only that nobody reaches one that is not there.
  "GET replays/audio":                [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],
  "DELETE replays":                   [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],
  // Clips (docs/clips.md): the world's room is not recorded, so whoever may enter it is told
  // there is nothing to clip; its host alone holds the switch; the world holds no clip.
  "POST clips":                       [401, 409, 409, 409, 409, 409, 404, 404, 401, 404],
  "PUT clips":                        [401, 403, 403, 403, 200, 403, 404, 404, 401, 404],
  "GET clips/audio":                  [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],
  "DELETE clips":                     [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],

  "admin: mint invite":               [401, 404, 404, 404, 404, 404, 404, 404, 401, 200],
  "admin: disable member":            [401, 403, 403, 403, 403, 403, 403, 403, 401, 200],
  "club: create":                     ANYONE_REDIRECTED,
  "club: join":                       ANYONE_SIGNED_IN,
  // Leaving a club one is not in changes nothing; the club's last admin must hand over first.
  "club: leave":                      [401, 200, 200, 200, 409, 200, 200, 200, 401, 200],
  "club: approve request":            [401, 403, 403, 403, 200, 403, 403, 403, 401, 403],
  "club: remove member":              [401, 403, 403, 403, 200, 403, 403, 403, 401, 403],
  // Only the club's members are told of its rooms, so only they can mute them.
  "club: mute its rooms":             [401, 200, 200, 200, 200, 200, 403, 200, 401, 403],
  "event: start":                     [401, 403, 403, 403, 303, 403, 404, 403, 401, 404],
  "GET users/follow":                 ANYONE_SIGNED_IN,
  "POST users/follow":                ANYONE_SIGNED_IN,
  "DELETE users/follow":              ANYONE_SIGNED_IN,
  // Nobody in the world has a photo; who may see one is tested in tests/integration/profile-photos.
  "GET photos":                       [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],
  // The world's scheduled room is a club room: its club's members may RSVP and download it, even
  // the member removed from the live room; the host is told anyway and cannot RSVP.
  "event: notify me":                 [401, 200, 200, 200, 400, 200, 404, 200, 401, 404],
  "GET events/calendar":              [401, 200, 200, 200, 200, 200, 404, 200, 401, 404],
  "event: cancel":                    [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  "event: edit":                      [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  "event: co-hosts and speakers":     [401, 403, 403, 403, 200, 403, 404, 403, 401, 404],
  "event: add guests":                [401, 404, 404, 404, 200, 404, 404, 404, 401, 404],
  "event: remove guest":              [401, 404, 404, 404, 200, 404, 404, 404, 401, 404],
  // Invite codes are for people without an account: the code is the permission.
  "invite: check code":               [303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
  "invite: redeem (sign up)":         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  "invites: create":                  ANYONE_SIGNED_IN,
  "invites: revoke host's":           [401, 404, 404, 404, 200, 404, 404, 404, 401, 404],
  "room: private with host's friend": [401, 403, 403, 403, 303, 403, 403, 403, 401, 403],
  "room: create (form)":              ANYONE_REDIRECTED,
  "settings: profile":                ANYONE_SIGNED_IN,
  "settings: preferences":            ANYONE_SIGNED_IN,
  "settings: password":               ANYONE_SIGNED_IN,
  "settings: sign out everywhere":    ANYONE_SIGNED_IN,
  "PUT photos":                       ANYONE_SIGNED_IN,
  "settings: remove photo":           ANYONE_SIGNED_IN,
  "profile: follow":                  ANYONE_SIGNED_IN,
  "profile: mute":                    ANYONE_SIGNED_IN,
  "notifications: mark all read":     ANYONE_SIGNED_IN,
  // Reporting a room is for whoever may see it (its host cannot report their own room); the
  // queue's decisions are admins' alone, and other members find no such tool (404).
  "POST reports":                     [401, 200, 200, 200, 400, 200, 404, 404, 401, 404],
  "admin: decide report":             [401, 404, 404, 404, 404, 404, 404, 404, 401, 200],
  // The backchannel (docs/backchannel.md): the target listener is in the world's room, so whoever
  // is there with them may start a thread; the world's thread is the host's and their friend's.
  "POST backchannel/threads":         [401, 200, 200, 200, 200, 403, 403, 403, 401, 403],
  "POST backchannel/messages":        [401, 404, 404, 404, 200, 404, 404, 404, 401, 404],
  "POST backchannel/read":            [401, 404, 404, 404, 200, 404, 404, 404, 401, 404],
  "GET backchannel/unread":           ANYONE_SIGNED_IN,
  "profile: block":                   ANYONE_SIGNED_IN,
  "welcome: onboarding":              ANYONE_REDIRECTED,
  // Email (docs/email.md): a reset request answers every caller alike (the address has no account
  // here; tests/integration/email.test.ts compares it with one that has); a dead link is 404 for all.
  "password: request reset":          [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  "password: reset (dead link)":      [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  "email: confirm (dead link)":       [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  "settings: resend confirmation":    ANYONE_SIGNED_IN,
  "settings: email":                  ANYONE_SIGNED_IN,
  "PUT stage/music-mode":             MODERATORS,
  // Voice match: the world's match is the listener's (with a target who is not a caller); only
  // the listener and that target have opted in.
  "GET match":                        ANYONE_SIGNED_IN,
  "POST match":                       [401, 200, 403, 403, 403, 403, 403, 403, 401, 403],
  "DELETE match":                     ANYONE_SIGNED_IN,
  "PUT match/opt-in":                 ANYONE_SIGNED_IN,
  "PUT account/spatial-audio":        ANYONE_SIGNED_IN,
  "POST match/token":                 [401, 200, 404, 404, 404, 404, 404, 404, 401, 404],
  "POST match/decision":              [401, 200, 404, 404, 404, 404, 404, 404, 401, 404],
  "POST match/skip":                  [401, 200, 404, 404, 404, 404, 404, 404, 401, 404],
  "POST match/report":                [401, 200, 404, 404, 404, 404, 404, 404, 401, 404],
  "replay: delete":                   [401, 404, 404, 404, 404, 404, 404, 404, 401, 404],
  "POST push/subscriptions":          ANYONE_SIGNED_IN,
  "DELETE push/subscriptions":        ANYONE_SIGNED_IN,
  "GET account/data":                 ANYONE_SIGNED_IN,
  // Each caller deletes their own account (the world is rebuilt after every deletion).
  "settings: delete account":         ANYONE_SIGNED_IN,
};

/**
 * What a permitted call (2xx, or 303 for an action) writes: the tables whose rows it changed,
 * throttles aside. A status alone does not show that the call did its work, so a permitted call
 * that wrote nothing, or wrote elsewhere, fails. A row not listed here writes nothing (reads).
 * `quiet`: callers for whom doing nothing is the right answer (lowering a hand nobody raised).
 */
type Effect = {
  tables: readonly string[];
  quiet?: readonly CallerKind[];
  /** Callers whose call writes more or other tables, and why (in a comment beside it). */
  for?: Partial<Record<CallerKind, readonly string[]>>;
};

// Email is on when the test command started Mailpit (SMTP_URL); a developer's run may lack it.
const EMAIL_ON = Boolean(getEnv().SMTP_URL);
const ROOM_SEATS = ["ModerationEvent", "Room", "RoomParticipant"];
const NEW_ROOM = ["Room", "RoomParticipant"];
// `friend` follows the host, so the host's new rooms notify them.
const HOSTS_NEW_ROOM = { host: [...NEW_ROOM, "Notification"] };

// prettier-ignore
const EFFECTS: Record<string, Effect> = {
  "POST rooms (open)":            { tables: NEW_ROOM, for: HOSTS_NEW_ROOM },
  "POST rooms (club)":            { tables: [...NEW_ROOM, "Notification"] },
  // Joining marks the caller present (leftAt cleared, joinedAt renewed).
  // The other room's moderator is live there: they are asked first ({ elsewhere }), one room at a time.
  "POST token":                   { tables: ["RoomParticipant"], quiet: ["otherRoomModerator"] },
  "POST chat":                    { tables: ["RoomChatMessage"] },
  "POST pings":                   { tables: ["Notification", "Ping"] },
  "POST stage/hand":              { tables: ["Room", "RoomParticipant"] },
  "POST stage/invite":            { tables: ["ModerationEvent", "RoomParticipant"] },
  "POST stage/leave":             { tables: ROOM_SEATS },
  "POST stage/beat":              { tables: ["RoomParticipant"], quiet: ["listener", "otherRoomModerator", "outsider", "banned", "admin"] },
  "POST stage/dismiss":           { tables: ["ModerationEvent", "RoomParticipant"] },
  "POST stage/audience":          { tables: ROOM_SEATS },
  "POST stage/moderator":         { tables: ROOM_SEATS },
  "DELETE stage/moderator":       { tables: ["ModerationEvent", "RoomParticipant"] },
  "POST stage/remove":            { tables: ROOM_SEATS },
  "PUT stage/hand-raising":       { tables: ROOM_SEATS },
  "PUT stage/music-mode":         { tables: ["Room"] },
  "POST end":                     { tables: ROOM_SEATS },
  "POST hand-over":               { tables: ROOM_SEATS },
  "POST users/follow":            { tables: ["Follow", "Notification"] },
  "POST push/subscriptions":      { tables: ["PushSubscription"] },
  "PUT photos":                   { tables: ["ProfilePhoto"] },
  // Only the listener has opted in: looking again puts their ticket back in the queue.
  "POST match":                   { tables: ["MatchTicket"] },
  // The listener had opted in already: the same answer again changes nothing.
  "PUT match/opt-in":             { tables: ["MatchTicket"], quiet: ["listener"] },
  "PUT account/spatial-audio":    { tables: ["User"] },
  "POST match/decision":          { tables: ["Match"] },
  "POST match/skip":              { tables: ["Match", "MatchTicket"] },
  "POST match/report":            { tables: ["Match", "Report"] },
  "POST reports":                 { tables: ["Report"] },
  "POST backchannel/threads":     { tables: ["BackchannelMember", "BackchannelThread"] },
  "POST backchannel/messages":    { tables: ["BackchannelMessage", "BackchannelThread"] },
  "POST backchannel/read":        { tables: ["BackchannelMember"] },
  "admin: mint invite":           { tables: ["Invite"] },
  // The disabled member (targetListener) was in a voice match, which ends with their access.
  "admin: disable member":        { tables: ["Match", "RoomParticipant", "User"] },
  "admin: decide report":         { tables: ["Report"] },
  "club: create":                 { tables: ["Club", "ClubMember"] },
  // Joining a club one is in already changes nothing.
  "club: join":                   { tables: ["ClubMember"], quiet: ["listener", "speaker", "moderator", "host", "otherRoomModerator", "banned"] },
  // The outsider and the admin are not in the club: leaving it changes nothing.
  "club: leave":                  { tables: ["ClubMember"], quiet: ["outsider", "admin"] },
  "club: mute its rooms":         { tables: ["MutedClub"] },
  "club: approve request":        { tables: ["ClubMember", "Notification"] },
  "club: remove member":          { tables: ["ClubMember"] },
  "event: start":                 { tables: ["Notification", "Room"] },
  "event: notify me":             { tables: ["RoomRsvp"] },
  "event: cancel":                { tables: ["Room"] },
  "event: edit":                  { tables: ["Room"] },
  // `friend`, named a co-host, is told.
  "event: co-hosts and speakers": { tables: ["Notification", "RoomGuest"] },
  "event: add guests":            { tables: ["RoomInvite"] },
  "event: remove guest":          { tables: ["RoomInvite"] },
  // The new member follows their inviter (the host) and spends the invite; with email on, a link
  // to confirm their address is made (docs/email.md).
  "invite: redeem (sign up)":     { tables: ["Follow", "Invite", "User", ...(EMAIL_ON ? ["EmailToken"] : [])] },
  // A member's invites left go down by one; an admin's are not counted.
  "invites: create":              { tables: ["Invite", "User"], for: { admin: ["Invite"] } },
  // Revoking gives the host the invite back.
  "invites: revoke host's":       { tables: ["Invite", "User"] },
  "room: private with host's friend": { tables: [...NEW_ROOM, "Notification", "RoomInvite"] },
  "room: create (form)":          { tables: NEW_ROOM, for: HOSTS_NEW_ROOM },
  "settings: profile":            { tables: ["User"] },
  "settings: preferences":        { tables: ["User"] },
  // A new password ends every session, the listener's voice match among them.
  "settings: password":           { tables: ["User"], for: { listener: ["Match", "User"] } },
  // So does signing out everywhere.
  "settings: sign out everywhere": { tables: ["User"], for: { listener: ["Match", "User"] } },
  "profile: follow":              { tables: ["Follow", "Notification"] },
  "profile: mute":                { tables: ["MutedPerson"] },
  // Blocking the person one is in a voice match with ends the match.
  "profile: block":               { tables: ["Block"], for: { listener: ["Block", "Match"] } },
  "welcome: onboarding":          { tables: ["User"] },
  // With email off (no SMTP_URL) these are refused (409), so they write nothing either way.
  "settings: resend confirmation": { tables: ["EmailToken"] },
  "settings: email":              { tables: ["User"] },
  // Deleting one's account removes what was theirs (docs/privacy.md), which depends on who: the
  // host's rooms, follows and invites, the listener's voice match; the account row stays nameless.
  "settings: delete account":     {
    tables: ["ClubMember", "RoomParticipant", "User"],
    for: {
      listener: ["ClubMember", "Match", "MatchTicket", "RoomParticipant", "User"],
      host: [
        "BackchannelMember",
        "ClubMember",
        "Follow",
        "Invite",
        "Room",
        "RoomInvite",
        "RoomParticipant",
        "User",
      ],
      outsider: ["User"],
      admin: ["User"],
    },
  },
};

function expectedEffect(entry: string, caller: CallerKind): readonly string[] {
  const effect = EFFECTS[entry];
  if (!effect || effect.quiet?.includes(caller)) return [];
  return [...(effect.for?.[caller] ?? effect.tables)].sort();
}

type Cell = {
  entry: string;
  caller: CallerKind;
  expected: number;
  actual: number;
  changed: string[];
};

const MATRIX_ROUTES = ROUTES.filter((route) => route.notInMatrix === undefined);

/** The status of one call as `caller` in `world`. */
async function callAs(world: World, entryName: string, caller: CallerKind): Promise<number> {
  const headers = await callerHeaders(world, caller);
  const route = MATRIX_ROUTES.find((entry) => entry.name === entryName);
  if (route) return (await callRoute(route, await wellFormedCall(route, world, headers))).status;
  const action = ACTIONS.find((entry) => entry.name === entryName);
  if (!action) throw new Error(`no route or action named ${entryName}`);
  const outcome = await callAction(action, toFormData(action.form(world)), headers);
  if (outcome.thrown) console.error(`${entryName} as ${caller} threw`, outcome.thrown);
  return outcome.status;
}

describe("permissions", () => {
  afterAll(async () => {
    await emptyAllTables();
  });

  it("the permission matrix holds for every action and every kind of caller", async () => {
    // Every route and action in src/app is in the registry, and every registry row has a line here.
    const registered = new Set(
      SURFACE.map((entry) =>
        entry.kind === "route"
          ? `${entry.file}#${entry.method}`
          : `${entry.file}#${entry.exportName}`,
      ),
    );
    const unregistered = (await discoverSurface()).filter((key) => !registered.has(key));
    // Soft: the rest of the matrix still runs, so one run reports everything that is off.
    expect.soft(unregistered, "add these to tests/fixtures/app-surface.ts").toEqual([]);
    const rows = [...MATRIX_ROUTES, ...ACTIONS].map((entry) => entry.name);
    expect.soft(rows.filter((name) => !(name in EXPECTED))).toEqual([]);
    expect.soft(Object.keys(EXPECTED).filter((name) => !rows.includes(name))).toEqual([]);
    expect.soft(Object.keys(EFFECTS).filter((name) => !rows.includes(name))).toEqual([]);

    // Each call meets the same world: a call that changed any row (a permitted one, or a refusal
    // that should not have) gets the next one a freshly built world; a call that changed nothing
    // leaves the world as it was, proven by the fingerprint, so it is used again.
    const cells: Cell[] = [];
    const started = performance.now();
    let world: World | null = null;
    let before: Fingerprint = new Map();
    for (const name of rows) {
      const row = EXPECTED[name];
      if (!row) continue;
      for (const [index, caller] of CALLER_KINDS.entries()) {
        if (!world) {
          world = await freshWorld();
          before = await fingerprint();
        }
        const actual = await callAs(world, name, caller);
        const after = await fingerprint();
        const changed = changedTables(before, after);
        if (changed.length > 0) world = null;
        before = after;
        cells.push({
          entry: name,
          caller,
          expected: row[index] ?? 0,
          actual,
          changed: changed.filter((table) => !THROTTLE_TABLES.includes(table)),
        });
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `permission matrix: ${rows.length} actions × ${CALLER_KINDS.length} callers = ` +
        `${cells.length} cells in ${seconds} s`,
    );

    const wrongStatus = cells
      .filter((cell) => cell.actual !== cell.expected)
      .map((cell) => `${cell.entry} as ${cell.caller}: ${cell.actual}, expected ${cell.expected}`);
    const refusedButWrote = cells
      .filter((cell) => cell.actual >= 400 && cell.changed.length > 0)
      .map(
        (cell) =>
          `${cell.entry} as ${cell.caller} (${cell.actual}) changed ${cell.changed.join(", ")}`,
      );
    // A permitted call that changed nothing would make its refusals prove nothing either, except
    // where doing nothing is the answer (a hand not raised, nobody's microphone to mute, …).
    const wrongEffect = cells
      .filter((cell) => cell.actual < 400)
      .filter((cell) => {
        const expected = expectedEffect(cell.entry, cell.caller);
        return cell.changed.join(",") !== expected.join(",");
      })
      .map(
        (cell) =>
          `${cell.entry} as ${cell.caller} (${cell.actual}) changed [${cell.changed.join(", ")}], ` +
          `expected [${expectedEffect(cell.entry, cell.caller).join(", ")}]`,
      );
    expect.soft(wrongStatus).toEqual([]);
    expect.soft(refusedButWrote).toEqual([]);
    expect.soft(wrongEffect).toEqual([]);
  }, 600_000);
});
