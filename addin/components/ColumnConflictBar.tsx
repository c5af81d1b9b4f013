import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ColumnConflict } from "../excel/planOutputColumns";

interface Props {
  conflicts: readonly ColumnConflict[];
  /** Run again with the new columns after the sheet's last used column. */
  onWriteAfter: () => void;
  onCancel: () => void;
}

/** The question a run asks when cells where its columns would go are not the tool's to overwrite. */
export function ColumnConflictBar({ conflicts, onWriteAfter, onCancel }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Some cells are not the tool's to overwrite</MessageBarTitle>
        {conflicts.map((c) => c.message).join(" ")} Write the results in new columns after the last used column instead?
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onWriteAfter}>Write after the data</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
