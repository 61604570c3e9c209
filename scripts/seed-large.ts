// npm run db:seed:large — a hallway-sized database in DATABASE_URL: 100k users, 2k clubs, 10k live
// rooms with hosts, speakers and listeners, plus scheduled and ended rooms, and one member
// (username large_1) who follows 200 people and is in 20 clubs. Set-based SQL, so it takes seconds.
import pg from "pg";

const LARGE_SEED_VIEWER = "large_1";

const USERS = 100_000;
const CLUBS = 2_000;
const LIVE_ROOMS = 10_000;
const SCHEDULED_ROOMS = 2_000;
const ENDED_ROOMS = 20_000;

// Ids derived from a name, so every statement can find user n or room k without a lookup table;
// version and variant nibbles are set so they are valid v4-shaped UUIDs (zod checks them). A single
// expression, so Postgres inlines it instead of calling a function per row.
const UUID_FUNCTION = `
CREATE FUNCTION pg_temp.seed_id(name text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (substr(md5(name), 1, 12) || '4' || substr(md5(name), 14, 3) || '8' || substr(md5(name), 18, 15))::uuid $$`;

// A deterministic number in [0, m) from a key: the seed is the same on every run.
const PICK = `
CREATE FUNCTION pg_temp.pick(key text, m int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT (abs(hashtext(key)) % m) $$`;

const TOPICS = `(ARRAY['TECH','BUSINESS','SPORTS','MUSIC_KARAOKE','GAMES','DATING_FRIENDS','CULTURE','OTHER'])`;

// Names, bios and titles drawn from small lists, so search (pg_trgm, full text) works on text shaped
// like members' own: many people share a first name, as in a real directory.
const FIRST_NAMES = `(ARRAY['Ada','Ariadne','Bartholomew','Chen','Dmitri','Elif','Fatima','Gustavo','Hana','Ines',
  'Jamal','Kenji','Leo','Lina','Mateo','Mei','Nora','Olu','Priya','Quentin','Rosa','Sanjay','Tomas','Uma',
  'Valentina','Wei','Xavier','Yara','Zeynep','Amara','Bjorn','Camila','Dario','Esme','Farid','Greta',
  'Hugo','Ingrid','Jun','Kofi'])`;
const LAST_NAMES = `(ARRAY['Vale','Stone','Moss','Okafor','Lindqvist','Tanaka','Haddad','Novak','Silva','Kowalski',
  'Nguyen','Petrov','Quinn','Rahman','Schmidt','Torres','Ueda','Varga','Walsh','Yilmaz','Zhang','Abiodun',
  'Becker','Castillo','Dubois','Eriksen','Fischer','Garcia','Horvat','Ivanova','Jensen','Kaur','Laine',
  'Moreau','Nakamura','Oliveira','Park','Rossi','Sato','Finch'])`;
const BIOS = `(ARRAY['Jazz pianist and late-night talker','Founder, building tools for teachers',
  'Football on weekends, physics on weekdays','Karaoke host and amateur baker','Chess coach',
  'Poetry, tea and long walks','Product designer who loves typography','Runs a small bookshop',
  'Amateur astronomer','Learning Mandarin, teaching Portuguese'])`;
const SUBJECTS = `(ARRAY['jazz','startups','football','karaoke','chess','poetry','design','books','astronomy',
  'cooking','running','languages','films','gardening','photography','history'])`;
const MOODS = `(ARRAY['Late night','Morning','Weekend','Beginners','Deep dive','Open mic','Friday','Quiet'])`;

const steps: [string, string][] = [
  [
    "users",
    `INSERT INTO "User" (id, email, username, "displayName", "passwordHash", "createdAt", bio)
     SELECT pg_temp.seed_id('u' || n), 'large' || n || '@example.test', 'large_' || n,
       ${FIRST_NAMES}[1 + pg_temp.pick('first' || n, 40)] || ' ' || ${LAST_NAMES}[1 + pg_temp.pick('last' || n, 40)],
       'seeded-no-password', now() - n * interval '1 minute',
       ${BIOS}[1 + pg_temp.pick('bio' || n, 10)]
     FROM generate_series(1, ${USERS}) n`,
  ],
  [
    "clubs",
    `INSERT INTO "Club" (id, slug, name, visibility, "createdById")
     SELECT pg_temp.seed_id('c' || j), 'large-club-' || j, ${SUBJECTS}[1 + j % 16] || ' club ' || j,
       (CASE WHEN j % 5 = 0 THEN 'PRIVATE' ELSE 'OPEN' END)::"ClubVisibility",
       pg_temp.seed_id('u' || (1 + pg_temp.pick('club-owner' || j, ${USERS})))
     FROM generate_series(1, ${CLUBS}) j`,
  ],
  [
    "club members (3 clubs per person, the viewer in clubs 1-20)",
    `INSERT INTO "ClubMember" ("clubId", "userId", status)
     SELECT pg_temp.seed_id('c' || (1 + pg_temp.pick(n || ':' || k, ${CLUBS}))), pg_temp.seed_id('u' || n),
       (CASE WHEN pg_temp.pick('pending' || n || k, 20) = 0 THEN 'PENDING' ELSE 'ACTIVE' END)::"ClubMembershipStatus"
     FROM generate_series(2, ${USERS}) n, generate_series(1, 3) k
     UNION ALL
     SELECT pg_temp.seed_id('c' || j), pg_temp.seed_id('u1'), 'ACTIVE' FROM generate_series(1, 20) j
     ON CONFLICT DO NOTHING`,
  ],
  [
    "follows (5 per person, the viewer follows people 2-201)",
    `INSERT INTO "Follow" ("followerId", "followeeId")
     SELECT pg_temp.seed_id('u' || n), pg_temp.seed_id('u' || (1 + pg_temp.pick('f' || n || ':' || k, ${USERS})))
     FROM generate_series(2, ${USERS}) n, generate_series(1, 5) k
     UNION ALL
     SELECT pg_temp.seed_id('u1'), pg_temp.seed_id('u' || f) FROM generate_series(2, 201) f
     ON CONFLICT DO NOTHING`,
  ],
  [
    "rooms (live: 70% open, 20% club, 10% closed; scheduled; ended)",
    `INSERT INTO "Room" (id, title, topic, "clubId", visibility, status, "scheduledFor", "startedAt",
       "endedAt", "createdById")
     SELECT pg_temp.seed_id('r' || k), ${MOODS}[1 + k % 8] || ' ' || ${SUBJECTS}[1 + (k / 8) % 16] || ' #' || k,
       ${TOPICS}[1 + k % 8]::"RoomTopic",
       CASE WHEN k % 10 IN (7, 8) THEN pg_temp.seed_id('c' || (1 + k % ${CLUBS})) END,
       (CASE WHEN k % 10 IN (7, 8) THEN 'CLUB' WHEN k % 10 = 9 THEN 'CLOSED' ELSE 'OPEN' END)::"RoomVisibility",
       (CASE WHEN k <= ${LIVE_ROOMS} THEN 'LIVE'
             WHEN k <= ${LIVE_ROOMS + SCHEDULED_ROOMS} THEN 'SCHEDULED' ELSE 'ENDED' END)::"RoomStatus",
       CASE WHEN k > ${LIVE_ROOMS} AND k <= ${LIVE_ROOMS + SCHEDULED_ROOMS}
         THEN now() + (1 + k % 500) * interval '1 hour' END,
       CASE WHEN k <= ${LIVE_ROOMS} THEN now() - (1 + k % 180) * interval '1 minute'
            WHEN k > ${LIVE_ROOMS + SCHEDULED_ROOMS} THEN now() - (k % 900) * interval '1 hour' END,
       CASE WHEN k > ${LIVE_ROOMS + SCHEDULED_ROOMS} THEN now() - (k % 900) * interval '1 hour' + interval '40 minutes' END,
       pg_temp.seed_id('u' || (2 + pg_temp.pick('host' || k, ${USERS - 1})))
     FROM generate_series(1, ${LIVE_ROOMS + SCHEDULED_ROOMS + ENDED_ROOMS}) k`,
  ],
  [
    "participants: hosts, 0-5 speakers, log-uniform 1-300 listeners, a fifth already gone",
    `INSERT INTO "RoomParticipant" ("roomId", "userId", role, "leftAt", "handRaisedAt")
     SELECT r.id, r."createdById", 'HOST'::"RoomRole", NULL::timestamptz, NULL::timestamptz FROM "Room" r WHERE r.status = 'LIVE'
     UNION ALL
     SELECT pg_temp.seed_id('r' || k), pg_temp.seed_id('u' || (2 + pg_temp.pick('s' || k || ':' || s, ${USERS - 1}))),
       'SPEAKER'::"RoomRole", NULL::timestamptz, NULL::timestamptz
     FROM generate_series(1, ${LIVE_ROOMS}) k, generate_series(1, pg_temp.pick('speakers' || k, 6)) s
     UNION ALL
     SELECT pg_temp.seed_id('r' || k), pg_temp.seed_id('u' || (2 + pg_temp.pick('l' || k || ':' || l, ${USERS - 1}))),
       'LISTENER'::"RoomRole",
       CASE WHEN l % 5 = 0 THEN now() - interval '5 minutes' END,
       CASE WHEN l % 17 = 0 THEN now() - l * interval '1 second' END
     FROM generate_series(1, ${LIVE_ROOMS}) k,
       generate_series(1, floor(exp(ln(300) * pg_temp.pick('size' || k, 1000) / 1000.0))::int) l
     ON CONFLICT DO NOTHING`,
  ],
  [
    "people the viewer follows, speaking in 150 rooms",
    `INSERT INTO "RoomParticipant" ("roomId", "userId", role)
     SELECT pg_temp.seed_id('r' || (k * 61 % ${LIVE_ROOMS} + 1)), pg_temp.seed_id('u' || (2 + k)), 'SPEAKER'
     FROM generate_series(0, 149) k
     ON CONFLICT ("roomId", "userId") DO UPDATE SET role = 'SPEAKER', "leftAt" = NULL`,
  ],
  [
    "the viewer: invited to 10 closed rooms, removed from 5 rooms",
    `INSERT INTO "RoomInvite" ("roomId", "userId")
     SELECT pg_temp.seed_id('r' || (k * 10 + 9)), pg_temp.seed_id('u1') FROM generate_series(0, 9) k;
     INSERT INTO "RoomParticipant" ("roomId", "userId", role, "leftAt", "bannedAt")
     SELECT pg_temp.seed_id('r' || (k * 100 + 3)), pg_temp.seed_id('u1'), 'LISTENER', now(), now()
     FROM generate_series(0, 4) k ON CONFLICT DO NOTHING`,
  ],
  [
    "presence counts, as the webhooks would have left them",
    `UPDATE "Room" r SET "listenerCount" = c.listeners, "speakerCount" = c.speakers
     FROM (SELECT "roomId", count(*) FILTER (WHERE role = 'LISTENER') AS listeners,
             count(*) FILTER (WHERE role <> 'LISTENER') AS speakers
           FROM "RoomParticipant" WHERE "leftAt" IS NULL GROUP BY "roomId") c
     WHERE r.id = c."roomId"`,
  ],
  ["statistics", `ANALYZE`],
];

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL is missing: set it to the (migrated) database to fill.");
  process.exit(1);
}

const client = new pg.Client({ connectionString });
await client.connect();
try {
  const existing = await client.query(`SELECT 1 FROM "User" WHERE username = $1`, [
    LARGE_SEED_VIEWER,
  ]);
  if (existing.rowCount) {
    console.log("db:seed:large: already seeded (user large_1 exists); nothing to do");
  } else {
    // Rows are consistent by construction; skipping per-row foreign-key triggers makes it ~5x faster.
    await client.query("SET session_replication_role = replica");
    await client.query(UUID_FUNCTION);
    await client.query(PICK);
    for (const [what, sql] of steps) {
      const started = performance.now();
      await client.query(sql);
      console.log(`db:seed:large: ${what} (${Math.round(performance.now() - started)} ms)`);
    }
  }
} finally {
  await client.end();
}
