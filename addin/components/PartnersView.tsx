import { Subtitle2, Text } from "@fluentui/react-components";
import { usePaneStyles } from "./paneStyles";

/**
 * Place for restricted-party screening of partners and end users (its own issue). Until lists can be
 * loaded it says so plainly: no result here ever means "all clear".
 */
export function PartnersView() {
  const s = usePaneStyles();
  return (
    <div className={s.view} aria-label="Partners">
      <Subtitle2 as="h2">Partner screening</Subtitle2>
      <Text>
        No restricted-party lists are loaded in this pane yet, so no partner or end user has been screened. Scores do not include list matches until screening is
        added.
      </Text>
    </div>
  );
}
