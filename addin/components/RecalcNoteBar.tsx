import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { RecalcNote } from "../state/useFunctionsRecalc";

/** One line under the tabs: the EXPORTRISK formulas were recalculated after a change, or why not. */
export function RecalcNoteBar({ note }: { note: RecalcNote }) {
  return (
    <MessageBar intent={note.ok ? "info" : "warning"} role="status" aria-live="polite">
      <MessageBarBody>{note.text}</MessageBarBody>
    </MessageBar>
  );
}
