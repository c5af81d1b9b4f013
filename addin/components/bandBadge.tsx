import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { BandId, DecisionId } from "../../core";

const bandColour: Record<BandId, BadgeProps["color"]> = { low: "success", medium: "warning", high: "severe", critical: "danger" };
const decisionColour: Record<DecisionId, BadgeProps["color"]> = {
  proceed: "success",
  "proceed-with-conditions": "warning",
  escalate: "severe",
  decline: "danger",
  stop: "danger",
};

export function BandBadge({ band, label }: { band: BandId; label: string }) {
  return (
    <Badge appearance="filled" color={bandColour[band]} shape="rounded">
      {label}
    </Badge>
  );
}

export function DecisionBadge({ decision, label }: { decision: DecisionId; label: string }) {
  return (
    // Decline and stop share the red; stop alone is filled, so the prohibition reads stronger than the presumption.
    <Badge appearance={decision === "stop" ? "filled" : "tint"} color={decisionColour[decision]} shape="rounded" size="large">
      {label}
    </Badge>
  );
}
