import { useIsMuted, useIsSpeaking } from "@livekit/components-react";
import { Track } from "livekit-client";
import { MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/people/avatar";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { ParticipantModerationMenu } from "@/components/stage/participant-moderation-menu";
import { readParticipantAttributes } from "@/lib/live/attributes";
import type { ReactionMessage } from "@/lib/live/messages";
import type { StageRole } from "@/lib/live/roles";
import { PersonCard } from "./person-card";
import { ReactionGlyph } from "./reaction-glyph";
import { ReconnectingMark } from "./reconnecting-mark";
import { TILE_BADGE_ROW_CLASS, TILE_NAME_CLASS, tileClass, type Seat } from "./people-frame";
import type { Person } from "./use-room-people";

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

/**
 * One person: avatar with a ring that lights while LiveKit says they speak, their name, a badge
 * for hosts and moderators, a mute badge on stage, and their reactions floating beside them.
 */
export function ParticipantTile({ person, seat, reactions, viewer }: ParticipantTileProps) {
  const t = useTranslations("room");
  const tBar = useTranslations("roomBar");
  const { participant, role } = person;
  const isSpeaking = useIsSpeaking(participant);
  const isMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const onStage = role !== "listener";
  const name = participant.name || t("someone");
  const badge = ROLE_BADGE[role];
  const lit = onStage && isSpeaking && !isMuted;
  const { username, photo } = readParticipantAttributes(participant.attributes);

  return (
    <li data-speaking={lit} data-identity={participant.identity} className={tileClass(seat)}>
      {/* Avatar and name open the person's card (Follow, their profile): a tap on a phone. */}
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="tile" size="bare" className="w-full">
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
                  className="absolute -right-1 -bottom-1 flex size-7 items-center justify-center rounded-full bg-white text-sm shadow"
                >
                  <MicOff aria-hidden="true" className="size-4" />
                  <span className="sr-only">{t("mutedBadge")}</span>
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
          <PersonCard
            userId={participant.identity}
            name={name}
            username={username}
            photoVersion={photo}
          />
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
      {/* Over the avatar's corner, not below it: whether a viewer may moderate someone (known only
          once connected, and changing with roles) never changes the tile's size. */}
      <div className="absolute top-0 left-0 z-10">
        <ParticipantModerationMenu
          roomId={viewer.roomId}
          userId={participant.identity}
          name={name}
          username={username}
          role={role}
          viewerRole={viewer.role}
          viewerId={viewer.id}
        />
      </div>
    </li>
  );
}
