import { useIsMuted } from "@livekit/components-react";
import { Track } from "livekit-client";
import { Hand, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Avatar } from "@/components/people/avatar";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import {
  ParticipantModerationMenu,
  useSpeakInvitationPending,
} from "@/components/stage/participant-moderation-menu";
import { readParticipantAttributes } from "@/lib/live/attributes";
import type { ReactionMessage } from "@/lib/live/messages";
import type { StageRole } from "@/lib/live/roles";
import { OnDemand, onDemandModule } from "@/lib/on-demand-module";
import { ReactionGlyph } from "./reaction-glyph";
import { ReconnectingMark } from "./reconnecting-mark";
import { useIsSpeaking } from "./use-is-speaking";
import { TILE_BADGE_ROW_CLASS, TILE_NAME_CLASS, tileClass, type Seat } from "./people-frame";
import type { Person } from "./use-room-people";

// A person's card opens on a tap: its code (profile fetch, follow, report, block) is fetched as
// the pointer or focus reaches a tile, not with the room, whose every tile would otherwise carry
// it into the page's first render.
const personCardModule = onDemandModule(() => import("./person-card"));
const personSafetyModule = onDemandModule(() => import("./person-safety"));
const preloadPersonCard = () => {
  void personCardModule.load();
  void personSafetyModule.load();
};

/** Who is looking at the tile: moderation actions are offered by their role (the server decides). */
export type Viewer = { roomId: string; id: string; role: StageRole };

type ParticipantTileProps = {
  person: Person;
  /** The section it sits in, which fixes its size (a stage tile has a larger avatar and a badge row). */
  seat: Seat;
  reactions: ReactionMessage[];
  viewer: Viewer;
};

const ROLE_BADGE = {
  host: "roleHost",
  moderator: "roleModerator",
  speaker: null,
  listener: null,
} as const;

/** A round mark on the avatar's corner (muted, hand raised); its words are for screen readers. */
const MARK_CLASS =
  "absolute flex size-7 items-center justify-center rounded-full text-sm shadow ring-2 ring-white";

/**
 * One person: avatar with a ring that lights while LiveKit says they speak, marks for a raised
 * hand (top left) and a muted mic (bottom right), their name, a badge for hosts and moderators, and
 * their reactions floating beside them. A tap opens their one card: who they are, Follow, and
 * everything else the viewer may do about them (stage actions, report, block).
 */
export function ParticipantTile({ person, seat, reactions, viewer }: ParticipantTileProps) {
  const t = useTranslations("room");
  const tBar = useTranslations("roomBar");
  const tStage = useTranslations("stage");
  const tPeople = useTranslations("roomPeople");
  const [open, setOpen] = useState(false);
  const { participant, role } = person;
  const isSpeaking = useIsSpeaking(participant);
  const isMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const onStage = role !== "listener";
  const name = participant.name || t("someone");
  const badge = ROLE_BADGE[role];
  const lit = onStage && isSpeaking && !isMuted;
  const { username, photo, handRaisedAt } = readParticipantAttributes(participant.attributes);
  const handRaised = role === "listener" && handRaisedAt !== "";
  const moderates = viewer.role === "host" || viewer.role === "moderator";
  const invited = useSpeakInvitationPending(participant.identity, role) && moderates;

  return (
    <li data-speaking={lit} data-identity={participant.identity} className={tileClass(seat)}>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button
            variant="tile"
            size="bare"
            className="w-full"
            onPointerEnter={preloadPersonCard}
            onFocus={preloadPersonCard}
          >
            <span
              className={`relative rounded-full p-1 ring-4 transition-shadow duration-150 ${
                lit ? "ring-ember-500" : "ring-transparent"
              }`}
            >
              <Avatar
                userId={participant.identity}
                displayName={name}
                size={onStage ? "lg" : "md"}
                photoVersion={photo}
              />
              {onStage && isMuted && (
                <span
                  title={t("mutedTitle")}
                  className={`${MARK_CLASS} -right-1 -bottom-1 bg-white`}
                >
                  <MicOff aria-hidden="true" className="size-4" />
                  <span className="sr-only">{t("mutedBadge")}</span>
                </span>
              )}
              {handRaised && (
                <span
                  title={tPeople("handRaised")}
                  className={`${MARK_CLASS} -top-1 -left-2 bg-ember-700 text-white`}
                >
                  <Hand aria-hidden="true" className="size-4" />
                  <span className="sr-only">{tPeople("handRaised")}</span>
                </span>
              )}
              <span
                aria-hidden="true"
                className="pointer-events-none absolute -top-2 -right-3 flex flex-col"
              >
                {reactions.map((reaction) => (
                  <span
                    key={reaction.id}
                    className="animate-bounce text-2xl motion-reduce:animate-none"
                  >
                    <ReactionGlyph emoji={reaction.emoji} />
                  </span>
                ))}
              </span>
            </span>
            <span className={TILE_NAME_CLASS}>
              {/* Your own name keeps to one line so "(you)" always shows on the second. */}
              {participant.isLocal ? (
                <>
                  <span className="block truncate">{name}</span>
                  <span className="block font-normal text-ink-600">{t("you")}</span>
                </>
              ) : (
                name
              )}
            </span>
          </Button>
        </DialogTrigger>
        <DialogContent title={tBar("profileOf", { name })}>
          <OnDemand module={personCardModule}>
            {({ PersonCard }) => (
              <PersonCard
                userId={participant.identity}
                name={name}
                username={username}
                photoVersion={photo}
              >
                <ParticipantModerationMenu
                  roomId={viewer.roomId}
                  userId={participant.identity}
                  name={name}
                  username={username}
                  role={role}
                  viewerRole={viewer.role}
                  viewerId={viewer.id}
                  onDone={() => setOpen(false)}
                />
                {!participant.isLocal && username && (
                  <OnDemand module={personSafetyModule}>
                    {({ PersonSafety }) => <PersonSafety username={username} name={name} />}
                  </OnDemand>
                )}
              </PersonCard>
            )}
          </OnDemand>
        </DialogContent>
      </Dialog>
      {seat === "stage" && (
        <span className={TILE_BADGE_ROW_CLASS}>
          {badge && (
            <span className="rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold text-ember-700">
              {t(badge)}
            </span>
          )}
          <ReconnectingMark participant={participant} />
        </span>
      )}
      {lit && <span className="sr-only">{t("speakingNow")}</span>}
      {invited && (
        // Over the avatar's corner: an invitation waiting never changes the tile's size.
        <span className="pointer-events-none absolute top-0 left-0 z-10 rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold text-ember-700 shadow-sm ring-2 ring-white">
          {tStage("invited")}
        </span>
      )}
    </li>
  );
}
