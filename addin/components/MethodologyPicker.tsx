import { Field, Select } from "@fluentui/react-components";
import { profileTag, shippedProfile, shippedProfileIds } from "../../core";
import type { Profile } from "../../core";

const purpose: Record<string, string> = {
  "techUK-2014@2": "default: red lines, decline, weighted clauses",
  "techUK-2014@1": "reproduce results made with version 1",
};

/** Chooses a shipped methodology by id; a tuned profile shows as such until another is chosen. */
export function MethodologyPicker({ profile, onChoose }: { profile: Profile; onChoose: (p: Profile) => void }) {
  const tag = profileTag(profile);
  const ids = shippedProfileIds();
  return (
    <Field label="Methodology" hint="Switching replaces the profile below; Save to score with it.">
      <Select value={tag} onChange={(_, d) => onChoose(shippedProfile(d.value) ?? profile)}>
        {ids.map((id) => (
          <option key={id} value={id}>
            {id} ({purpose[id] ?? "shipped"})
          </option>
        ))}
        {!ids.includes(tag) && <option value={tag}>{tag} (your own profile)</option>}
      </Select>
    </Field>
  );
}
